//! `/announce`, the officers' side of notices: a draft with a preview exactly as
//! subscribers will see it and a Send button; refusals outside the officer's jurisdiction
//! and over the weekly limit are told (and audited by escalation).

use std::sync::Arc;

use teloxide::types::CallbackQuery;

use super::asker::Asker;
use super::officer::Acting;
use super::out::Out;
use super::{Context, HandlerResult};
use crate::escalation::announce::{self, AnnounceProblem, PER_WEEK};
use crate::escalation::broadcast::announcement_html;
use crate::escalation::{EscalationError, Refusal};
use crate::store::Announcement;
use crate::telegram::keyboard::button;
use crate::telegram::{Callback, Keyboard, Telegram, escape_html};

/// Tells the officer what was wrong with an announcement.
async fn problem<B: Telegram>(out: &Out<'_, B>, p: AnnounceProblem) -> HandlerResult {
    match p {
        AnnounceProblem::NoText => out.say("announce-no-english").await,
        AnnounceProblem::TooLong => out.say("announce-too-long").await,
        AnnounceProblem::UnknownTarget => out.say("announce-unknown-target").await,
        AnnounceProblem::RateLimited => {
            out.say_with("announce-limited", &[("limit", &PER_WEEK.to_string())])
                .await
        }
    }
}

/// `/announce ...`: checks, saves a draft and shows the preview with a Send button.
pub async fn draft<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    acting: Acting,
    text: String,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let engine = ctx.answerer.engine();
    let drafted = announce::draft(&ctx.store, &engine.kb, &acting.0, &text).await;
    let (id, scope) = match drafted {
        Ok(Ok(d)) => d,
        Ok(Err(p)) => return problem(&out, p).await,
        Err(EscalationError::Refused(_)) => return out.say("announce-not-jurisdiction").await,
        Err(e) => return Err(e.into()),
    };
    let Some(a) = ctx.store.announcement(id).await? else {
        return Ok(());
    };
    let preview = announcement_html(&ctx.answerer.i18n, &engine.kb, &a, asker.lang);
    let html = format!(
        "{}\n\n{preview}",
        escape_html(&out.text("announce-preview"))
    );
    tracing::info!(
        officer = acting.0.telegram_id.0,
        scope = scope.0,
        "announcement drafted"
    );
    let keyboard = Keyboard::new().row([
        button(
            out.text("announce-button-send"),
            Callback::Announce { draft: id },
        ),
        button(out.text("button-cancel"), Callback::Dismiss),
    ]);
    out.html_with(&html, &keyboard).await
}

/// The Send button of a preview: confirmed within the weekly limit, then broadcast.
pub async fn confirmed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    draft: i64,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let result = announce::confirm(&ctx.store, asker.id, draft, crate::store::now()).await;
    let sent: Option<Announcement> = match result {
        Ok(Ok(a)) => a,
        Ok(Err(p)) => {
            out.ack(&q, None).await;
            return problem(&out, p).await;
        }
        Err(EscalationError::Refused(Refusal::NoSuchTicket)) => return out.stale(&q).await,
        Err(e) => return Err(e.into()),
    };
    out.ack(&q, None).await;
    out.say(if sent.is_some() {
        "announce-sent"
    } else {
        "announce-already"
    })
    .await
}
