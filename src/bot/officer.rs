//! Officers' work in Telegram: /reply (or a reply to a ticket's message), /queue, /close,
//! /transfer, the Claim and Transfer buttons, /invite (admins) and /join. In a group
//! registered as a district desk any member acts for the desk.

use std::sync::Arc;

use teloxide::types::{CallbackQuery, Message};

use super::asker::Asker;
use super::gate::Text;
use super::out::Out;
use super::{Context, HandlerError, HandlerResult};
use crate::escalation::{self, Claim, EscalationError};
use crate::store::{Officer, StoreError, TelegramId, TicketId};
use crate::telegram::{Telegram, escape_html};

/// The registered officer the asker acts as.
#[derive(Debug, Clone)]
pub struct Acting(pub Officer);

/// A reply to a ticket's message by an officer.
#[derive(Debug, Clone, Copy)]
pub struct ReplyTo {
    pub officer: TelegramId,
    pub ticket: TicketId,
}

/// The desk of the chat when the chat is a registered group, else the asker themself, if a
/// registered officer.
async fn acting_officer(ctx: &Context, asker: &Asker) -> Result<Option<Officer>, StoreError> {
    let chat = TelegramId(asker.chat.0);
    if chat.is_group()
        && let Some(desk) = ctx.store.officer(chat).await?
    {
        return Ok(Some(desk));
    }
    ctx.store.officer(asker.id).await
}

/// dptree step: the officer the asker acts as; none for others.
pub async fn acting(asker: Asker, ctx: Arc<Context>) -> Option<Acting> {
    let found = acting_officer(&ctx, &asker).await;
    found
        .inspect_err(|e| tracing::error!(error = %e, "cannot look up the officer"))
        .ok()
        .flatten()
        .map(Acting)
}

/// dptree step: a reply to one of the bot's ticket messages, by an officer.
pub async fn replied_ticket(msg: Message, asker: Asker, ctx: Arc<Context>) -> Option<ReplyTo> {
    let replied = msg
        .reply_to_message()
        .filter(|r| r.from.as_ref().is_some_and(|u| u.is_bot))?;
    let chat = TelegramId(asker.chat.0);
    let ticket = ctx.store.ticket_of_message(chat, i64::from(replied.id.0));
    let ticket = ticket
        .await
        .inspect_err(|e| tracing::error!(error = %e))
        .ok()??;
    let officer = acting(asker, ctx).await?.0.telegram_id;
    Some(ReplyTo { officer, ticket })
}

/// Refusals and bad targets are told to the sender; store failures are the handler's error.
async fn told<B: Telegram, T>(
    out: &Out<'_, B>,
    ticket: TicketId,
    result: Result<T, EscalationError>,
) -> Result<Option<T>, HandlerError> {
    match result {
        Ok(v) => return Ok(Some(v)),
        Err(EscalationError::Refused(r)) => out.refuse(r, ticket).await?,
        Err(EscalationError::UnknownTarget) => out.say("officer-usage-transfer").await?,
        Err(EscalationError::Jurisdiction(_)) => out.say("officer-usage-invite").await?,
        Err(e @ EscalationError::Store(_)) => return Err(e.into()),
    }
    Ok(None)
}

/// An officer command from someone who is not one (or an invite from a non-admin).
pub async fn not_registered<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    Out::new(&bot, &ctx, &asker)
        .say("officer-not-registered")
        .await
}

/// `/reply N text`.
pub async fn reply<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    acting: Acting,
    msg: Message,
    (ticket, text): (TicketId, String),
) -> HandlerResult {
    let officer = acting.0.telegram_id;
    answer(
        &Out::new(&bot, &ctx, &asker),
        ReplyTo { officer, ticket },
        &text,
        &msg,
    )
    .await
}

/// A reply to a ticket's message.
pub async fn replied<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    to: ReplyTo,
    text: Text,
    msg: Message,
) -> HandlerResult {
    answer(&Out::new(&bot, &ctx, &asker), to, &text.0, &msg).await
}

async fn answer<B: Telegram>(
    out: &Out<'_, B>,
    to: ReplyTo,
    text: &str,
    msg: &Message,
) -> HandlerResult {
    let (store, answerer) = (&out.ctx.store, &out.ctx.answerer);
    let source = i64::from(msg.id.0);
    let result =
        escalation::officer_reply(store, answerer, to.officer, to.ticket, text, source).await;
    told(out, to.ticket, result).await?;
    Ok(())
}

/// `/queue`: the open tickets of the officer's jurisdiction.
pub async fn queue<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    acting: Acting,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let text = escalation::queue(&ctx.store, &ctx.answerer, acting.0.telegram_id).await;
    if let Some(text) = told(&out, TicketId(0), text).await? {
        out.html(&escape_html(&text)).await?;
    }
    Ok(())
}

/// `/close N`: the user is asked to rate the answer.
pub async fn close<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    acting: Acting,
    ticket: TicketId,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let closed = escalation::close(&ctx.store, &ctx.answerer, acting.0.telegram_id, ticket).await;
    told(&out, ticket, closed).await?;
    Ok(())
}

/// `/transfer N <district or state>`.
pub async fn transfer<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    acting: Acting,
    (ticket, target): (TicketId, String),
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let officer = acting.0.telegram_id;
    let moved = escalation::transfer(&ctx.store, &ctx.answerer, officer, ticket, &target).await;
    if let Some(shown) = told(&out, ticket, moved).await? {
        let number = ticket.to_string();
        out.say_with(
            "officer-transferred",
            &[("ticket", &number), ("target", &shown)],
        )
        .await?;
    }
    Ok(())
}

/// The Claim button under a new ticket.
pub async fn claim<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    ticket: TicketId,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let officer = acting_officer(&ctx, &asker)
        .await?
        .map_or(asker.id, |o| o.telegram_id);
    let claimed = escalation::claim(&ctx.store, &ctx.answerer, officer, ticket).await;
    out.ack(&q, None).await;
    let number = ticket.to_string();
    match told(&out, ticket, claimed).await? {
        Some(Claim::Claimed) => {
            out.say_with("officer-claimed", &[("ticket", &number)])
                .await
        }
        Some(Claim::TakenBy(name)) => {
            let pairs = [("ticket", number.as_str()), ("officer", name.as_str())];
            out.say_with("officer-claimed-by-other", &pairs).await
        }
        None => Ok(()),
    }
}

/// The Transfer button: how to transfer, to an officer who may transfer this ticket (others
/// are refused, as for /transfer).
pub async fn transfer_pressed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    ticket: TicketId,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    out.ack(&q, None).await;
    let officer = acting_officer(&ctx, &asker)
        .await?
        .map_or(asker.id, |o| o.telegram_id);
    let engine = ctx.answerer.engine();
    let allowed = escalation::may_act(&ctx.store, &engine.kb, officer, ticket).await;
    if told(&out, ticket, allowed).await?.is_some() {
        out.say("officer-usage-transfer").await?;
    }
    Ok(())
}

/// `/invite <level> <place>`: a one-time code for a new officer (admins only).
pub async fn invite<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    acting: Acting,
    text: String,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let engine = ctx.answerer.engine();
    let created =
        escalation::invite::create(&ctx.store, &engine.kb, acting.0.telegram_id, &text).await;
    if let Some((code, jurisdiction)) = told(&out, TicketId(0), created).await? {
        let area = jurisdiction.describe(&engine.kb, ctx.i18n(), asker.lang);
        out.say_with(
            "officer-invite-created",
            &[("jurisdiction", &area), ("code", &code)],
        )
        .await?;
    }
    Ok(())
}

/// `/join CODE`: the sender becomes an officer of the invite's jurisdiction.
pub async fn join<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    code: String,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let Some(officer) =
        escalation::invite::redeem(&ctx.store, &code, asker.id, &asker.name).await?
    else {
        return out.say("officer-bad-invite").await;
    };
    let engine = ctx.answerer.engine();
    let area = officer
        .jurisdiction
        .describe(&engine.kb, ctx.i18n(), asker.lang);
    out.say_with(
        "officer-joined",
        &[("name", &officer.name), ("jurisdiction", &area)],
    )
    .await
}
