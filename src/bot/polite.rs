//! Polite answers to what the bot does not handle: a flood, voice notes, photos and other
//! media, edited messages.

use std::sync::Arc;

use super::asker::Asker;
use super::out::Out;
use super::{Context, HandlerResult};
use crate::telegram::Telegram;

/// The one notice of a burst over the flood limit.
pub async fn flood<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    Out::new(&bot, &ctx, &asker).say("flood-notice").await
}

/// Voice, photo, sticker, document, location: the bot reads text only.
pub async fn media<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    Out::new(&bot, &ctx, &asker).say("unsupported-media").await
}

/// An edited message is not answered again.
pub async fn edited<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    Out::new(&bot, &ctx, &asker).say("edited-message").await
}
