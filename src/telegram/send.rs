//! Sending to Telegram with retries: a 429 waits the `retry_after` Telegram asks for, network
//! failures and server errors back off and try again. The parts of one answer are sent one
//! after another (each awaited), so they arrive in order even after a retry.

use std::time::Duration;

use teloxide::RequestError;
use teloxide::payloads::SendMessageSetters;
use teloxide::prelude::*;
use teloxide::requests::Request;
use teloxide::types::{CallbackQueryId, InlineKeyboardMarkup, ParseMode};

use super::Telegram;
use super::keyboard::Keyboard;
use crate::answer::reply::split_html;

/// Telegram's limit for one message.
pub const MAX_MESSAGE: usize = 4096;

const MAX_ATTEMPTS: u32 = 6;

/// Whether an error is worth another try, and after how long.
pub fn retry_delay(err: &RequestError, attempt: u32) -> Option<Duration> {
    if attempt + 1 >= MAX_ATTEMPTS {
        return None;
    }
    let backoff = Duration::from_millis(200 * 2u64.pow(attempt.min(5)));
    match err {
        RequestError::RetryAfter(s) => Some(s.duration().max(Duration::from_millis(100))),
        RequestError::Network(_) | RequestError::Io(_) => Some(backoff),
        RequestError::Api(teloxide::ApiError::Unknown(text)) => {
            let t = text.to_ascii_lowercase();
            (t.contains("server error")
                || t.contains("bad gateway")
                || t.contains("unavailable")
                || t.contains("timeout"))
            .then_some(backoff)
        }
        _ => None,
    }
}

/// Sends HTML text, split into parts of at most 4,096 characters, each retried.
pub async fn html<B: Telegram>(bot: &B, chat: ChatId, html: &str) -> Result<(), RequestError> {
    send_parts(bot, chat, html, None).await
}

/// Like [`html`], with a keyboard on the last part.
pub async fn html_with<B: Telegram>(
    bot: &B,
    chat: ChatId,
    html: &str,
    keyboard: &Keyboard,
) -> Result<(), RequestError> {
    send_parts(bot, chat, html, Some(keyboard.markup())).await
}

/// Runs `request` until it succeeds or [`retry_delay`] gives up.
pub(super) async fn retried<T, F, Fut>(method: &str, mut request: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, RequestError>>,
{
    let mut attempt = 0;
    loop {
        match request().await {
            Ok(v) => return Ok(v),
            Err(e) => match retry_delay(&e, attempt) {
                Some(wait) => {
                    tracing::warn!(error = %e, ?wait, attempt, method, "request failed; retrying");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                None => return Err(e),
            },
        }
    }
}

async fn send_parts<B: Telegram>(
    bot: &B,
    chat: ChatId,
    html: &str,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<(), RequestError> {
    let parts = split_html(html, MAX_MESSAGE);
    let n = parts.len();
    for (i, part) in parts.into_iter().enumerate() {
        let markup = if i + 1 == n { keyboard.clone() } else { None };
        retried("sendMessage", || {
            let mut req = bot
                .send_message(chat, part.clone())
                .parse_mode(ParseMode::Html);
            if let Some(m) = &markup {
                req = req.reply_markup(m.clone());
            }
            req.send()
        })
        .await?;
    }
    Ok(())
}

/// Answers a button press (stops the spinner), with an optional short notice. Retried like
/// messages; a failure here is only logged (the press may be too old to answer).
pub async fn answer_callback<B: Telegram>(bot: &B, id: &CallbackQueryId, text: Option<String>) {
    use teloxide::payloads::AnswerCallbackQuerySetters;
    let answered = retried("answerCallbackQuery", || {
        let mut req = bot.answer_callback_query(id.clone());
        if let Some(t) = &text {
            req = req.text(t.clone());
        }
        req.send()
    })
    .await;
    if let Err(e) = answered {
        tracing::warn!(error = %e, "answerCallbackQuery failed");
    }
}

/// Sends HTML text once, split into parts that fit, without retrying (the outbox retries).
/// Returns the id of the last message sent.
pub async fn html_once<B: Telegram>(
    bot: &B,
    chat: ChatId,
    html: &str,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<i64, RequestError> {
    let parts = split_html(html, MAX_MESSAGE);
    let n = parts.len();
    let mut last = 0;
    for (i, part) in parts.into_iter().enumerate() {
        let mut req = bot.send_message(chat, part).parse_mode(ParseMode::Html);
        if i + 1 == n
            && let Some(k) = &keyboard
        {
            req = req.reply_markup(k.clone());
        }
        last = i64::from(req.await?.id.0);
    }
    Ok(last)
}
