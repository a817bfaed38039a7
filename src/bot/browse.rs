//! Browsing: /schemes as buttons, and a scheme shown by id.

use std::sync::Arc;

use teloxide::types::CallbackQuery;

use super::asker::Asker;
use super::out::Out;
use super::{Context, HandlerResult, results};
use crate::knowledge::EntryKind;
use crate::telegram::keyboard::button;
use crate::telegram::{Callback, Keyboard, Telegram};

/// `/schemes`: one button per scheme, titled in the asker's language.
pub async fn schemes<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    let engine = ctx.answerer.engine();
    let keyboard = Keyboard::column(
        engine
            .kb
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::Scheme)
            .map(|e| (e.title_in(asker.lang).0, Callback::Show(e.id.clone())))
            .filter(|(_, data)| data.fits())
            .map(|(title, data)| button(title, data)),
    );
    let out = Out::new(&bot, &ctx, &asker);
    out.ask("schemes-heading", &keyboard).await
}

/// A result button of /schemes: that entry, answered with its own buttons ("More", "See
/// also").
pub async fn show<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    id: String,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    match ctx.answerer.open_result(&id, asker.lang) {
        Some(answer) => {
            out.ack(&q, None).await;
            results::send_answer(&out, &answer, None).await
        }
        None => out.stale(&q).await,
    }
}
