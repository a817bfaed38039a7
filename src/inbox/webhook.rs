//! Webhook mode: `setWebhook` with a secret token, then an HTTP server that answers Telegram's
//! POST with 200 only once the update is committed to the inbox. A request without the secret
//! header is refused (401); a database failure answers 503, and Telegram sends the update
//! again later. Several instances behind a load balancer share the inbox on PostgreSQL.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use teloxide::Bot;
use teloxide::payloads::SetWebhookSetters;
use teloxide::prelude::*;
use teloxide::types::Update;
use tokio::sync::Notify;

use super::{InboxError, Shutdown, row_of};
use crate::store::Store;

/// Where Telegram posts updates and how it proves it is Telegram.
#[derive(Debug, Clone)]
pub struct Webhook {
    /// The public URL given to `setWebhook`; its path is the one served.
    pub url: url::Url,
    pub listen: SocketAddr,
    /// Sent back by Telegram in `X-Telegram-Bot-Api-Secret-Token`.
    pub secret: String,
}

#[derive(Clone)]
struct Intake {
    store: Store,
    wake: Arc<Notify>,
    secret: Arc<str>,
}

/// Registers the webhook and serves it until `shutdown`.
pub(super) async fn run(
    api: Bot,
    store: Store,
    wake: Arc<Notify>,
    shutdown: Shutdown,
    hook: Webhook,
) -> Result<(), InboxError> {
    let listener = tokio::net::TcpListener::bind(hook.listen)
        .await
        .map_err(|e| InboxError::Listen(hook.listen, e))?;
    api.set_webhook(hook.url.clone())
        .secret_token(hook.secret.clone())
        .await?;
    let path = match hook.url.path() {
        "" => "/",
        p => p,
    };
    let intake = Intake {
        store,
        wake,
        secret: hook.secret.as_str().into(),
    };
    let app = Router::new()
        .route(path, axum::routing::post(receive))
        .with_state(intake);
    let stop = shutdown.clone();
    axum::serve(listener, app)
        .with_graceful_shutdown(async move { stop.wait().await })
        .await
        .map_err(|e| InboxError::Listen(hook.listen, e))?;
    Ok(())
}

/// One POST from Telegram: checked, stored, then acknowledged.
async fn receive(State(intake): State<Intake>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let given = headers
        .get("x-telegram-bot-api-secret-token")
        .map_or(&[][..], |v| v.as_bytes());
    if !same_secret(given, intake.secret.as_bytes()) {
        return StatusCode::UNAUTHORIZED;
    }
    let update: Update = match serde_json::from_slice(&body) {
        Ok(u) => u,
        Err(e) => {
            tracing::warn!(error = %e, "webhook: a body that is not an update");
            return StatusCode::BAD_REQUEST;
        }
    };
    let row = row_of(&update, String::from_utf8_lossy(&body).into_owned());
    match intake.store.receive_updates(&[row]).await {
        Ok(_) => {
            intake.wake.notify_one();
            StatusCode::OK
        }
        Err(e) => {
            tracing::error!(error = %e, "webhook: cannot store an update; Telegram will send it again");
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}

/// Compares the secret in time that depends only on the lengths.
fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    let mut diff = u8::from(given.len() != expected.len());
    for (i, e) in expected.iter().enumerate() {
        diff |= e ^ given.get(i).copied().unwrap_or(0);
    }
    diff == 0
}

#[cfg(test)]
mod tests {
    use super::same_secret;

    #[test]
    fn only_the_exact_secret_is_accepted() {
        assert!(same_secret(b"s3cret", b"s3cret"));
        assert!(!same_secret(b"s3cre", b"s3cret"));
        assert!(!same_secret(b"s3cret!", b"s3cret"));
        assert!(!same_secret(b"S3cret", b"s3cret"));
        assert!(!same_secret(b"", b"s3cret"));
    }
}
