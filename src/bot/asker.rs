//! Who sent an update, worked out once per update: the user (recorded as seen, and active
//! again if they had blocked the bot), the chat, the
//! language to answer in, their district and dialogue state. Handlers receive it as a
//! dependency.

use std::sync::Arc;

use teloxide::types::{CallbackQuery, ChatId, Message, User};

use super::Context;
use super::delivery::Delivery;
use crate::lang::Lang;
use crate::store::{DialogueState, StoreError, TelegramId};

/// The sender of an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asker {
    pub id: TelegramId,
    /// Where to answer.
    pub chat: ChatId,
    /// The language they chose, else their Telegram app's when it is one of ours, else the
    /// default.
    pub lang: Lang,
    /// Their district's key, "STATE/DISTRICT".
    pub district: Option<String>,
    pub state: DialogueState,
    /// Their name in Telegram (an officer joining is registered under it).
    pub name: String,
    /// The update being handled (its replies are numbered, so none is sent twice).
    pub delivery: Delivery,
}

impl Asker {
    /// Records that `user` was seen and resolves their language. The one place that works
    /// out a user's language.
    pub async fn resolve(
        ctx: &Context,
        user: &User,
        chat: ChatId,
        delivery: Delivery,
    ) -> Result<Asker, StoreError> {
        let app = user.language_code.as_deref().and_then(Lang::from_telegram);
        let stored = ctx
            .store
            .touch_user(TelegramId(user.id.0 as i64), app)
            .await?;
        if stored.inactive_since.is_some() {
            // They had blocked the bot and are back: what could not reach them goes again.
            let requeued = ctx.store.reactivate(stored.telegram_id).await?;
            tracing::info!(requeued, "a user who had blocked the bot wrote again");
        }
        Ok(Asker {
            id: stored.telegram_id,
            chat,
            lang: stored.language.or(app).unwrap_or(ctx.default_language),
            district: stored.district,
            state: stored.state,
            name: user.full_name(),
            delivery,
        })
    }

    /// Whether they write in their private chat with the bot.
    pub fn in_private(&self) -> bool {
        self.chat.0 == self.id.0
    }
}

fn logged(result: Result<Asker, StoreError>) -> Option<Asker> {
    result
        .inspect_err(|e| tracing::error!(error = %e, "cannot record the user; update dropped"))
        .ok()
}

/// The sender of a message (dptree step).
pub async fn of_message(msg: Message, ctx: Arc<Context>, delivery: Delivery) -> Option<Asker> {
    let user = msg.from.as_ref()?;
    logged(Asker::resolve(&ctx, user, msg.chat.id, delivery).await)
}

/// The presser of a button (dptree step); the chat is the button's message's.
pub async fn of_callback(q: CallbackQuery, ctx: Arc<Context>, delivery: Delivery) -> Option<Asker> {
    let chat = q
        .message
        .as_ref()
        .map_or(ChatId(q.from.id.0 as i64), |m| m.chat().id);
    logged(Asker::resolve(&ctx, &q.from, chat, delivery).await)
}
