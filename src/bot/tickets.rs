//! The user's side of escalation: "Talk to an officer" and `/officer <question>` open a
//! ticket; while an officer holds it the user's messages go to them; a closed ticket is rated.

use std::sync::Arc;

use teloxide::types::{CallbackQuery, Message};

use super::asker::Asker;
use super::gate::Text;
use super::out::Out;
use super::{Context, HandlerResult};
use crate::store::{DialogueState, QuestionId, TelegramId, Ticket, TicketId};
use crate::telegram::Telegram;

/// `/officer <question>`. The same question again within ten minutes (sent twice, or an
/// update Telegram delivers again after a crash) stays one ticket.
pub async fn ask_officer<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    question: String,
) -> HandlerResult {
    let since = crate::store::now() - 600;
    let id = match ctx
        .store
        .recent_question(asker.id, &question, since)
        .await?
    {
        Some(q) => q,
        None => {
            ctx.store
                .log_question_of(
                    Some(asker.delivery.update_id()),
                    asker.id,
                    asker.lang,
                    &question,
                    false,
                    0.0,
                    None,
                )
                .await?
        }
    };
    open(&Out::new(&bot, &ctx, &asker), id).await
}

/// "Talk to an officer" under an answer of the presser's.
pub async fn pressed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    question: QuestionId,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let row = ctx.store.question(question).await?;
    if row.is_none_or(|r| r.telegram_id != asker.id) {
        return out.stale(&q).await;
    }
    out.ack(&q, None).await;
    open(&out, question).await
}

/// Opens a ticket for a logged question (officers and user are told through the outbox); a
/// user with no district is asked for it first.
async fn open<B: Telegram>(out: &Out<'_, B>, question: QuestionId) -> HandlerResult {
    let (ctx, asker) = (out.ctx, out.asker);
    let Some(district) = &asker.district else {
        ctx.store
            .set_state(asker.id, DialogueState::AwaitingDistrict)
            .await?;
        return out.say("ticket-need-district").await;
    };
    crate::escalation::open_ticket(
        &ctx.store,
        &ctx.answerer,
        asker.id,
        asker.lang,
        question,
        district,
    )
    .await?;
    Ok(())
}

/// The user's ticket an officer holds, when they write in private (dptree step).
pub async fn claimed(asker: Asker, ctx: Arc<Context>) -> Option<Ticket> {
    if !asker.in_private() {
        return None;
    }
    ctx.store
        .claimed_ticket_of(asker.id)
        .await
        .inspect_err(|e| tracing::error!(error = %e, "cannot look up the user's ticket"))
        .ok()
        .flatten()
}

/// What the user writes while an officer holds their ticket goes to that officer.
pub async fn follow_up(
    ctx: Arc<Context>,
    ticket: Ticket,
    text: Text,
    msg: Message,
) -> HandlerResult {
    let source = i64::from(msg.id.0);
    crate::escalation::follow_up(&ctx.store, &ctx.answerer, &ticket, &text.0, source).await?;
    Ok(())
}

/// A rating (1–5) of a closed ticket of the presser's.
pub async fn rated<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    (ticket, stars): (TicketId, u8),
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    if !ctx
        .store
        .rate_ticket(ticket, asker.id, i32::from(stars))
        .await?
    {
        return out.stale(&q).await;
    }
    let actor: TelegramId = asker.id;
    ctx.store
        .audit(Some(ticket), actor, "rated", &stars.to_string())
        .await?;
    out.ack(&q, Some("ticket-rating-thanks")).await;
    Ok(())
}
