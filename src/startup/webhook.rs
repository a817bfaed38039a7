//! The webhook's door: every request must carry Telegram's secret token
//! (`X-Telegram-Bot-Api-Secret-Token`), compared in constant time so that how long a refusal
//! takes says nothing about how much of a guess was right. teloxide's own check runs after
//! this one, on requests that already passed.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The header Telegram sends the secret in.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// Whether `given` equals `expected`, looking at every byte of `expected` whatever `given`
/// is: the time depends on the length of the secret only, never on the guess.
pub fn secret_matches(expected: &[u8], given: &[u8]) -> bool {
    let mut diff = expected.len() ^ given.len();
    for (i, e) in expected.iter().enumerate() {
        let g = given.get(i).copied().unwrap_or(!*e);
        diff |= usize::from(e ^ g);
    }
    std::hint::black_box(diff) == 0 && !expected.is_empty()
}

/// axum middleware: 401 for a request without the right secret.
pub async fn check_secret(
    State(secret): State<Arc<str>>,
    request: Request,
    next: Next,
) -> Response {
    let given = request
        .headers()
        .get(SECRET_HEADER)
        .map_or(&b""[..], |v| v.as_bytes());
    if !secret_matches(secret.as_bytes(), given) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::secret_matches;

    #[test]
    fn only_the_exact_secret_matches() {
        let secret = b"long-random-string";
        assert!(secret_matches(secret, b"long-random-string"));
        for guess in [
            &b""[..],
            b"long-random-strinG",
            b"long-random-strin",
            b"long-random-string!",
            b"Long-random-string",
            b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
        ] {
            assert!(!secret_matches(secret, guess), "{guess:?}");
        }
        assert!(!secret_matches(b"", b""), "an empty secret lets nobody in");
    }
}
