//! Sending to Telegram, with its refusals handled:
//!
//! - a message is sent in parts of at most 4,096 UTF-16 units ([`split`](super::split)), one
//!   after another (each awaited), so they arrive in order even after a retry; a failure
//!   half-way resumes from the failed part, never from the first;
//! - "can't parse entities" (400): the part is sent again as plain text (tags dropped,
//!   entities decoded);
//! - "message is too long" (400): the part is split again, at half the size;
//! - 429 waits the `retry_after` Telegram asks for; 5xx, network failures and an HTML error
//!   page instead of JSON (a proxy's 502: teloxide's `InvalidJson`) back off and try again;
//! - 403 (the user blocked the bot, the bot left the group) and every other 400 are final:
//!   [`SendError::Unreachable`] and [`SendError::Refused`], for the caller to record.
//!
//! Direct sends ([`html`], [`html_with`]) retry in place; the outbox drives an [`Outgoing`]
//! part by part and keeps the offset reached in its row.

use std::time::Duration;

use teloxide::payloads::SendMessageSetters;
use teloxide::prelude::*;
use teloxide::requests::Request;
use teloxide::types::{CallbackQueryId, InlineKeyboardMarkup, ParseMode};
use teloxide::{ApiError, RequestError};

use super::Telegram;
use super::html::to_plain;
use super::keyboard::Keyboard;
pub use super::split::MAX_MESSAGE;
use super::split::Splitter;

/// Tries of one request before a direct send gives up.
const MAX_ATTEMPTS: u32 = 6;

/// The smallest part a "message is too long" halves a part down to; below it the refusal is
/// final (it is then not about the length).
const MIN_PART: usize = 256;

/// Why Telegram did not take a message.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The recipient blocked the bot or deleted their account, or the bot is no longer in the
    /// group (403): nothing will reach them until they write again.
    #[error("the recipient cannot be reached: {0}")]
    Unreachable(RequestError),
    /// Telegram refused the message for good (a 400 not handled here).
    #[error("Telegram refused the message: {0}")]
    Refused(RequestError),
    /// Worth another try: after `retry_after` when Telegram said (429), else after a backoff
    /// (5xx, an HTML error page, the network).
    #[error("temporary failure: {error}")]
    Transient {
        error: RequestError,
        retry_after: Option<Duration>,
    },
}

impl SendError {
    /// What kind of failure `error` is.
    pub fn classify(error: RequestError) -> SendError {
        match &error {
            RequestError::RetryAfter(s) => {
                let retry_after = Some(s.duration().max(Duration::from_millis(100)));
                SendError::Transient { error, retry_after }
            }
            RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => {
                SendError::Transient {
                    error,
                    retry_after: None,
                }
            }
            RequestError::Api(api) => match api {
                ApiError::BotBlocked
                | ApiError::UserDeactivated
                | ApiError::BotKicked
                | ApiError::BotKickedFromSupergroup
                | ApiError::BotKickedFromChannel => SendError::Unreachable(error),
                ApiError::Unknown(text) if text.starts_with("Forbidden") => {
                    SendError::Unreachable(error)
                }
                ApiError::Unknown(text) if is_server_error(text) => SendError::Transient {
                    error,
                    retry_after: None,
                },
                _ => SendError::Refused(error),
            },
            RequestError::MigrateToChatId(_) => SendError::Refused(error),
        }
    }

    /// The exponential backoff after `attempt` failed tries, or Telegram's `retry_after`.
    pub fn wait(&self, attempt: u32, base: Duration) -> Duration {
        match self {
            SendError::Transient {
                retry_after: Some(w),
                ..
            } => *w,
            _ => base * 2u32.pow(attempt.min(8)),
        }
    }
}

fn is_server_error(description: &str) -> bool {
    let t = description.to_ascii_lowercase();
    [
        "server error",
        "bad gateway",
        "unavailable",
        "timeout",
        "timed out",
    ]
    .iter()
    .any(|s| t.contains(s))
}

/// A part Telegram accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sent {
    /// Byte offset in the message where the next part starts.
    pub end: usize,
    /// The Telegram message id (`None` when the part was blank and skipped).
    pub message_id: Option<i64>,
}

/// One HTML message on its way, part by part.
pub struct Outgoing<'a> {
    chat: ChatId,
    splitter: Splitter<'a>,
    keyboard: Option<&'a InlineKeyboardMarkup>,
}

impl<'a> Outgoing<'a> {
    /// The message `html` to `chat`, from byte `start` (0, or where an earlier try stopped);
    /// the keyboard goes on the last part.
    pub fn new(
        chat: ChatId,
        html: &'a str,
        start: usize,
        keyboard: Option<&'a InlineKeyboardMarkup>,
    ) -> Outgoing<'a> {
        Outgoing {
            chat,
            splitter: Splitter::new(html, start),
            keyboard,
        }
    }

    /// Whether every part was sent.
    pub fn done(&self) -> bool {
        self.splitter.done()
    }

    /// Sends the next part once (no retry): as plain text if Telegram cannot parse its HTML,
    /// split smaller if Telegram finds it too long. After a failure the same part is next.
    pub async fn send_next<B: Telegram>(&mut self, bot: &B) -> Result<Sent, SendError> {
        let mut max = MAX_MESSAGE;
        loop {
            let before = self.splitter.clone();
            let Some(part) = self.splitter.next_part(max) else {
                return Ok(Sent {
                    end: self.splitter.offset(),
                    message_id: None,
                });
            };
            let end = part.source.end;
            if part.is_blank() {
                return Ok(Sent {
                    end,
                    message_id: None,
                });
            }
            let markup = self.keyboard.filter(|_| self.splitter.done());
            let result = match send_one(bot, self.chat, part.html.clone(), true, markup).await {
                Err(RequestError::Api(ApiError::CantParseEntities(why))) => {
                    tracing::warn!(%why, "Telegram cannot parse a message part; sent as plain text");
                    send_one(bot, self.chat, to_plain(&part.html), false, markup).await
                }
                Err(RequestError::Api(ApiError::MessageIsTooLong)) if max > MIN_PART => {
                    tracing::warn!(max, "Telegram found a part too long; splitting it smaller");
                    self.splitter = before;
                    max /= 2;
                    continue;
                }
                other => other,
            };
            return match result {
                Ok(id) => Ok(Sent {
                    end,
                    message_id: Some(id),
                }),
                Err(e) => {
                    self.splitter = before;
                    Err(SendError::classify(e))
                }
            };
        }
    }
}

/// One `sendMessage`; the id of the message.
async fn send_one<B: Telegram>(
    bot: &B,
    chat: ChatId,
    text: String,
    html: bool,
    markup: Option<&InlineKeyboardMarkup>,
) -> Result<i64, RequestError> {
    let mut req = bot.send_message(chat, text);
    if html {
        req = req.parse_mode(ParseMode::Html);
    }
    if let Some(m) = markup {
        req = req.reply_markup(m.clone());
    }
    Ok(i64::from(req.send().await?.id.0))
}

/// Sends HTML text in parts that fit, each retried in place; the id of the last message.
pub async fn html<B: Telegram>(bot: &B, chat: ChatId, html: &str) -> Result<(), SendError> {
    deliver(bot, chat, html, None).await.map(drop)
}

/// Like [`html`], with a keyboard on the last part.
pub async fn html_with<B: Telegram>(
    bot: &B,
    chat: ChatId,
    html: &str,
    keyboard: &Keyboard,
) -> Result<(), SendError> {
    deliver(bot, chat, html, Some(&keyboard.markup()))
        .await
        .map(drop)
}

/// Runs one request until it succeeds, is refused for good, or [`MAX_ATTEMPTS`] transient
/// failures (429 after `retry_after`, else a backoff) have passed.
pub(super) async fn retried<T, F, Fut>(method: &str, mut request: F) -> Result<T, SendError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, RequestError>>,
{
    let mut attempt = 0;
    loop {
        match request().await.map_err(SendError::classify) {
            Ok(v) => return Ok(v),
            Err(e @ SendError::Transient { .. }) if attempt + 1 < MAX_ATTEMPTS => {
                let wait = e.wait(attempt, Duration::from_millis(200));
                tracing::warn!(error = %e, ?wait, attempt, method, "request failed; retrying");
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

async fn deliver<B: Telegram>(
    bot: &B,
    chat: ChatId,
    html: &str,
    keyboard: Option<&InlineKeyboardMarkup>,
) -> Result<Option<i64>, SendError> {
    let mut out = Outgoing::new(chat, html, 0, keyboard);
    let mut attempt = 0;
    let mut last = None;
    while !out.done() {
        match out.send_next(bot).await {
            Ok(sent) => {
                attempt = 0;
                last = sent.message_id.or(last);
            }
            Err(e @ SendError::Transient { .. }) if attempt + 1 < MAX_ATTEMPTS => {
                let wait = e.wait(attempt, Duration::from_millis(200));
                tracing::warn!(error = %e, ?wait, attempt, "sendMessage failed; retrying the part");
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(last)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn api(description: &str) -> RequestError {
        RequestError::Api(serde_json::from_value(serde_json::json!(description)).unwrap())
    }

    #[test]
    fn refusals_are_told_apart_from_what_is_worth_retrying() {
        let blocked = api("Forbidden: bot was blocked by the user");
        assert!(matches!(
            SendError::classify(blocked),
            SendError::Unreachable(_)
        ));
        let kicked = api("Forbidden: bot was kicked from the group chat");
        assert!(matches!(
            SendError::classify(kicked),
            SendError::Unreachable(_)
        ));
        let not_found = api("Bad Request: chat not found");
        assert!(matches!(
            SendError::classify(not_found),
            SendError::Refused(_)
        ));
        let server = api("Internal Server Error");
        assert!(matches!(
            SendError::classify(server),
            SendError::Transient { .. }
        ));
        let page = serde_json::from_str::<serde_json::Value>("<html>502</html>").unwrap_err();
        let invalid = RequestError::InvalidJson {
            source: std::sync::Arc::new(page),
            raw: "<html>502</html>".into(),
        };
        assert!(matches!(
            SendError::classify(invalid),
            SendError::Transient { .. }
        ));
    }

    #[test]
    fn a_429_waits_what_telegram_asks_and_other_failures_back_off() {
        let e = SendError::classify(RequestError::RetryAfter(
            teloxide::types::Seconds::from_seconds(7),
        ));
        assert_eq!(e.wait(3, Duration::from_secs(1)), Duration::from_secs(7));
        let e = SendError::classify(api("Bad Gateway"));
        assert_eq!(e.wait(3, Duration::from_secs(1)), Duration::from_secs(8));
    }
}
