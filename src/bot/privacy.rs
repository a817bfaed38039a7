//! /forget: after a confirmation, everything stored about the user is deleted (DPDP Act
//! 2023, right to erasure).

use std::sync::Arc;

use teloxide::types::CallbackQuery;

use super::asker::Asker;
use super::out::Out;
use super::{Context, HandlerResult};
use crate::telegram::keyboard::button;
use crate::telegram::{Callback, Keyboard, Telegram};

/// Asks for a confirmation.
pub async fn forget<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let keyboard = Keyboard::new().row([
        button(out.text("button-confirm-forget"), Callback::Forget(true)),
        button(out.text("button-cancel"), Callback::Forget(false)),
    ]);
    out.ask("forget-confirm", &keyboard).await
}

/// The confirmation (or not).
pub async fn confirmed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    yes: bool,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    if yes {
        ctx.store.forget_subscriptions(asker.id).await?;
        ctx.store.forget(asker.id).await?;
    }
    out.ack(&q, None).await;
    out.say(if yes { "forget-done" } else { "cancelled" }).await
}
