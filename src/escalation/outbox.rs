//! The outbox worker: sends queued ticket messages until Telegram accepts each, waiting out a
//! 429's `retry_after` and backing off on other failures. Rows live in the database, so a
//! restart resumes where the last run stopped; a lease keeps two bot instances from sending
//! the same row.

use std::time::Duration;

use teloxide::RequestError;

use crate::store::{Store, now};
use crate::telegram::Telegram;
use crate::telegram::keyboard::stored_markup;
use crate::telegram::send::html_once;

/// How long a lease on a row lasts, in seconds: longer than a send (with Throttle's own wait
/// on a 429), short enough that a row leased by a crashed process is sent soon after restart.
const LEASE: i64 = 20;

/// Sends what is due, then waits; runs until the task is dropped.
pub async fn run<B: Telegram>(bot: B, store: Store) {
    loop {
        match deliver_due(&bot, &store).await {
            Ok(0) => tokio::time::sleep(Duration::from_millis(250)).await,
            Ok(_) => {}
            Err(e) => {
                tracing::error!(error = %e, "outbox: database error");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

/// One pass over the due rows; how many were attempted.
pub async fn deliver_due<B: Telegram>(
    bot: &B,
    store: &Store,
) -> Result<usize, crate::store::StoreError> {
    let t = now();
    let due = store.due_outbox(t, 20).await?;
    let mut attempted = 0;
    for row in due {
        if !store.lease_outbox(row.id, t, t + LEASE).await? {
            continue;
        }
        attempted += 1;
        let markup = row.markup.as_deref().and_then(stored_markup);
        match html_once(bot, teloxide::types::ChatId(row.chat.0), &row.html, markup).await {
            Ok(message_id) => store.outbox_sent(row.id, message_id).await?,
            Err(e) => {
                let wait = match &e {
                    RequestError::RetryAfter(s) => i64::from(s.seconds()).max(1),
                    _ => 2i64.pow(row.attempts.clamp(0, 8) as u32).min(300),
                };
                tracing::warn!(error = %e, outbox = row.id, wait, "outbox: send failed; will retry");
                store.outbox_retry(row.id, now() + wait).await?;
            }
        }
    }
    Ok(attempted)
}
