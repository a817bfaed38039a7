//! Sending a file made in memory (a user's `/mydata` export) as a Telegram document, with an
//! HTML caption, retried like messages.

use teloxide::RequestError;
use teloxide::payloads::SendDocumentSetters;
use teloxide::prelude::*;
use teloxide::requests::Request;
use teloxide::types::{InputFile, ParseMode};

use super::Telegram;
use super::send::retried;

/// Telegram's limit for a caption, in characters.
pub const MAX_CAPTION: usize = 1024;

/// Sends `bytes` as the document `file_name` with `caption` (HTML, escaped by the caller; cut
/// to [`MAX_CAPTION`] characters when longer).
pub async fn send<B: Telegram>(
    bot: &B,
    chat: ChatId,
    file_name: &str,
    bytes: Vec<u8>,
    caption: &str,
) -> Result<(), RequestError> {
    let caption = if caption.chars().count() > MAX_CAPTION {
        crate::answer::reply::split_html(caption, MAX_CAPTION)
            .into_iter()
            .next()
            .unwrap_or_default()
    } else {
        caption.to_string()
    };
    retried("sendDocument", || {
        let file = InputFile::memory(bytes.clone()).file_name(file_name.to_string());
        bot.send_document(chat, file)
            .caption(caption.clone())
            .parse_mode(ParseMode::Html)
            .send()
    })
    .await?;
    Ok(())
}
