//! Sending a file made in memory (a user's `/mydata` export) as a Telegram document, with an
//! HTML caption, retried like messages.

use teloxide::payloads::SendDocumentSetters;
use teloxide::prelude::*;
use teloxide::requests::Request;
use teloxide::types::{InputFile, ParseMode};

use super::Telegram;
use super::send::{SendError, retried};
use super::split::Splitter;

/// Telegram's limit for a caption, in UTF-16 units of shown text.
pub const MAX_CAPTION: usize = 1024;

/// Sends `bytes` as the document `file_name` with `caption` (HTML, escaped by the caller; cut
/// to [`MAX_CAPTION`] characters when longer).
pub async fn send<B: Telegram>(
    bot: &B,
    chat: ChatId,
    file_name: &str,
    bytes: Vec<u8>,
    caption: &str,
) -> Result<(), SendError> {
    // Cut at a boundary the splitter allows, tags kept balanced.
    let caption = Splitter::new(caption, 0)
        .next_part(MAX_CAPTION)
        .map(|p| p.html)
        .unwrap_or_default();
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
