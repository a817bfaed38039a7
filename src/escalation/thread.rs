//! A ticket's conversation: an officer's answer to the user, the user's follow-ups to the
//! officer who holds the ticket, and an officer's queue of open tickets.

use super::notice::{Notice, language_of};
use super::{EscalationError, Refusal, officer_and_ticket, ticket_question};
use crate::answer::Answerer;
use crate::store::{Author, IdempotencyKey, Store, StoreError, TelegramId, Ticket, TicketId};

/// A user's message while an officer holds their ticket: it joins the thread and goes to the
/// officer. `source` is the user's Telegram message id.
pub async fn follow_up(
    store: &Store,
    answerer: &Answerer,
    ticket: &Ticket,
    text: &str,
    source: i64,
) -> Result<(), StoreError> {
    let Some(officer) = ticket.claimed_by else {
        return Ok(());
    };
    let i18n = &answerer.i18n;
    let added = Notice::new(
        officer,
        IdempotencyKey::follow_up(ticket.id, source),
        "officer-followup",
    )
    .about(ticket.id)
    .arg("text", text)
    .queue(store, i18n)
    .await?;
    if added {
        store
            .add_ticket_message(ticket.id, Author::User, ticket.user, text)
            .await?;
        Notice::new(
            ticket.user,
            IdempotencyKey::follow_up_ack(ticket.id, source),
            "ticket-followup-sent",
        )
        .about(ticket.id)
        .queue(store, i18n)
        .await?;
    }
    Ok(())
}

/// An officer's answer to a ticket: added to its thread and queued to the user (marked as
/// from the district export desk), with a receipt to the officer. `source` identifies the
/// officer's message (its Telegram message id), so a redelivered update is not sent twice.
pub async fn officer_reply(
    store: &Store,
    answerer: &Answerer,
    officer: TelegramId,
    ticket_id: TicketId,
    text: &str,
    source: i64,
) -> Result<(), EscalationError> {
    let engine = answerer.engine();
    let (_, ticket) = officer_and_ticket(store, &engine.kb, officer, ticket_id).await?;
    let i18n = &answerer.i18n;
    let user_lang = language_of(store, ticket.user).await?;
    let district = engine
        .kb
        .district_by_key(&ticket.district)
        .map_or_else(|| ticket.district.clone(), |d| d.name_in(user_lang));
    let added = Notice::new(
        ticket.user,
        IdempotencyKey::answer(ticket_id, officer, source),
        "ticket-answer",
    )
    .about(ticket_id)
    .arg("district", district)
    .arg("text", text)
    .in_language(user_lang)
    .queue(store, i18n)
    .await?;
    if !added {
        return Ok(());
    }
    store
        .add_ticket_message(ticket_id, Author::Officer, officer, text)
        .await?;
    // The officer who answers an unclaimed ticket holds it: the user's reply goes to them.
    if ticket.claimed_by.is_none() && store.claim_ticket(ticket_id, officer).await?.is_none() {
        store
            .audit(Some(ticket_id), officer, "claimed", "by answering")
            .await?;
    }
    Notice::new(
        officer,
        IdempotencyKey::answer_receipt(ticket_id, officer, source),
        "officer-reply-sent",
    )
    .about(ticket_id)
    .queue(store, i18n)
    .await?;
    store
        .audit(Some(ticket_id), officer, "answered", "")
        .await?;
    Ok(())
}

/// The open tickets in an officer's jurisdiction, one line each, in the officer's language.
pub async fn queue(
    store: &Store,
    answerer: &Answerer,
    officer_id: TelegramId,
) -> Result<String, EscalationError> {
    let officer = store
        .officer(officer_id)
        .await?
        .ok_or(Refusal::NotOfficer)?;
    let engine = answerer.engine();
    let i18n = &answerer.i18n;
    let lang = language_of(store, officer_id).await?;
    let now = crate::store::now();
    let mut lines = Vec::new();
    for t in store.open_tickets_all().await? {
        if !officer.jurisdiction.covers(&engine.kb, &t.district) {
            continue;
        }
        let question: String = ticket_question(store, t.id)
            .await?
            .chars()
            .take(60)
            .collect();
        let status = if t.claimed_by.is_some() {
            "officer-status-claimed"
        } else {
            "officer-status-new"
        };
        let district = engine
            .kb
            .district_by_key(&t.district)
            .map_or_else(|| t.district.clone(), |d| d.display_name());
        let age = ((now - t.created).max(0) / 3600).to_string();
        lines.push(i18n.message(
            lang,
            "officer-queue-line",
            &crate::i18n::args(&[
                ("ticket", &t.id.to_string()),
                ("district", &district),
                ("age", &age),
                ("status", &i18n.get(lang, status)),
                ("question", &question),
            ]),
        ));
    }
    if lines.is_empty() {
        return Ok(i18n.get(lang, "officer-queue-empty"));
    }
    let heading = i18n.get(lang, "officer-queue-heading");
    Ok(format!("{heading}\n{}", lines.join("\n")))
}
