//! Personal data (DPDP Act 2023): the privacy notice /start shows, /mydata (what is stored
//! about the user, sent as a JSON document) and /forget (after a confirmation, everything
//! stored about the user is deleted, and rows where they acted are anonymised).

use std::sync::Arc;

use teloxide::types::CallbackQuery;

use super::asker::Asker;
use super::out::Out;
use super::{Context, HandlerResult};
use crate::telegram::keyboard::button;
use crate::telegram::{Callback, Keyboard, Telegram, document, escape_html};

/// The short notice: what is stored, why, for how long, and /mydata and /forget.
pub fn notice<B: Telegram>(out: &Out<'_, B>) -> String {
    let days = out.ctx.retention_days.to_string();
    out.text_with("privacy-notice", &[("days", &days)])
}

/// `/mydata`: everything stored about the user, as `mydata.json`.
pub async fn mydata<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let mut doc = ctx.store.personal_data(asker.id).await?;
    doc["retention_days"] = ctx.retention_days.into();
    let bytes = serde_json::to_vec_pretty(&doc)?;
    let caption = escape_html(&out.text("privacy-mydata-caption"));
    document::send(&bot, asker.chat, "mydata.json", bytes, &caption).await?;
    Ok(())
}

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
