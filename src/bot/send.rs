//! Sending to Telegram with retries: a 429 waits the `retry_after` Telegram asks for, network
//! failures and server errors back off and try again. The parts of one answer are sent one
//! after another (each awaited), so they arrive in order even after a retry.

use std::time::Duration;

use teloxide::RequestError;
use teloxide::payloads::SendMessageSetters;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, ParseMode};

use crate::answer::reply::split_html;

/// What the bot needs of a Telegram client: a plain `Bot` in tests, `Throttle<Bot>` in
/// production. The requests it awaits must be `Send` so handlers can run on any thread.
pub trait Telegram:
    Requester<Err = RequestError, SendMessage: Send, AnswerCallbackQuery: Send, SetMyCommands: Send>
    + Clone
    + Send
    + Sync
    + 'static
{
}

impl<T> Telegram for T where
    T: Requester<
            Err = RequestError,
            SendMessage: Send,
            AnswerCallbackQuery: Send,
            SetMyCommands: Send,
        > + Clone
        + Send
        + Sync
        + 'static
{
}

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

/// Sends HTML text, split into parts of at most 4,096 characters; the keyboard goes on the
/// last part. Returns the last message sent.
pub async fn send_html<B>(
    bot: &B,
    chat: ChatId,
    html: &str,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<Option<Message>, RequestError>
where
    B: Telegram,
{
    let parts = split_html(html, MAX_MESSAGE);
    let n = parts.len();
    let mut last = None;
    for (i, part) in parts.into_iter().enumerate() {
        let markup = if i + 1 == n { keyboard.clone() } else { None };
        let mut attempt = 0;
        let msg = loop {
            let mut req = bot
                .send_message(chat, part.clone())
                .parse_mode(ParseMode::Html);
            if let Some(m) = &markup {
                req = req.reply_markup(m.clone());
            }
            match req.await {
                Ok(m) => break m,
                Err(e) => match retry_delay(&e, attempt) {
                    Some(wait) => {
                        tracing::warn!(error = %e, ?wait, attempt, "sendMessage failed; retrying");
                        tokio::time::sleep(wait).await;
                        attempt += 1;
                    }
                    None => return Err(e),
                },
            }
        };
        last = Some(msg);
    }
    Ok(last)
}

/// Answers a button press (stops the spinner), with an optional short notice. Retried like
/// messages; a failure here is only logged (the press may be too old to answer).
pub async fn answer_callback<B>(
    bot: &B,
    id: &teloxide::types::CallbackQueryId,
    text: Option<String>,
) where
    B: Telegram,
{
    use teloxide::payloads::AnswerCallbackQuerySetters;
    let mut attempt = 0;
    loop {
        let mut req = bot.answer_callback_query(id.clone());
        if let Some(t) = &text {
            req = req.text(t.clone());
        }
        match req.await {
            Ok(_) => return,
            Err(e) => match retry_delay(&e, attempt) {
                Some(wait) => {
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                None => {
                    tracing::warn!(error = %e, "answerCallbackQuery failed");
                    return;
                }
            },
        }
    }
}

/// Sends HTML text once, split into parts that fit, without retrying (the outbox retries).
/// Returns the id of the last message sent.
pub async fn send_html_once<B>(
    bot: &B,
    chat: ChatId,
    html: &str,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<i64, RequestError>
where
    B: Telegram,
{
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
