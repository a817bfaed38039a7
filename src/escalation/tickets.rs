//! A ticket's life: opened for a logged question, claimed, transferred, closed.

use super::notice::{Label, Notice};
use super::{EXPECTED_HOURS, EscalationError, jurisdiction::route, officer_and_ticket};
use crate::answer::Answerer;
use crate::knowledge::places::DistrictMatch;
use crate::lang::Lang;
use crate::store::{
    Author, IdempotencyKey, Level, Officer, QuestionId, Store, StoreError, TelegramId, TicketId,
};
use crate::telegram::Callback;

/// Opens (or finds) the ticket for a logged question, queues its notification to the routed
/// officers and its confirmation to the user (in `lang`). Returns the ticket number.
pub async fn open_ticket(
    store: &Store,
    answerer: &Answerer,
    user: TelegramId,
    lang: Lang,
    question_id: QuestionId,
    district_key: &str,
) -> Result<TicketId, StoreError> {
    let engine = answerer.engine();
    let kb = &engine.kb;
    let ticket = store.open_ticket(user, question_id, district_key).await?;
    let question = store.question(question_id).await?;
    let text = question
        .as_ref()
        .map(|q| q.text.clone())
        .unwrap_or_default();
    if store.ticket_messages(ticket).await?.is_empty() {
        store
            .add_ticket_message(ticket, Author::User, user, &text)
            .await?;
    }
    let (level, officers) = route(store, kb, district_key, Level::District).await?;
    let guess = question
        .as_ref()
        .and_then(|q| q.top_result.as_deref())
        .filter(|id| crate::answer::key_from_id(kb, id).is_some())
        .unwrap_or("—");
    for o in &officers {
        let key = IdempotencyKey::new_ticket(ticket, o.telegram_id);
        new_ticket_notice(answerer, o, ticket, key, &text, lang, guess, district_key)
            .queue(store, &answerer.i18n)
            .await?;
    }
    let name = kb
        .district_by_key(district_key)
        .map_or_else(|| district_key.to_string(), |d| d.name_in(lang));
    let added = Notice::new(user, IdempotencyKey::ticket_opened(ticket), "ticket-opened")
        .about(ticket)
        .arg("district", name)
        .arg("hours", EXPECTED_HOURS)
        .in_language(lang)
        .queue(store, &answerer.i18n)
        .await?;
    if added {
        let detail = format!("routed to {level} ({} officers)", officers.len());
        store.audit(Some(ticket), user, "opened", &detail).await?;
    }
    Ok(ticket)
}

/// The new-ticket message to one officer, with Claim and Transfer buttons.
#[allow(clippy::too_many_arguments)]
fn new_ticket_notice(
    answerer: &Answerer,
    o: &Officer,
    ticket: TicketId,
    key: IdempotencyKey,
    question: &str,
    user_lang: Lang,
    guess: &str,
    district_key: &str,
) -> Notice {
    let engine = answerer.engine();
    let district = engine.kb.district_by_key(district_key);
    Notice::new(o.telegram_id, key, "officer-new-ticket")
        .about(ticket)
        .arg(
            "district",
            district.map_or_else(|| district_key.to_string(), |d| d.display_name()),
        )
        .arg(
            "state",
            district.map_or_else(String::new, |d| d.display_state()),
        )
        .arg("language", user_lang.english_name())
        .arg("question", question)
        .arg("guess", guess)
        .button(Label::Message("officer-claim"), Callback::Claim { ticket })
        .button(
            Label::Message("officer-transfer"),
            Callback::Transfer { ticket },
        )
}

/// What a press of "Claim" did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// The officer holds the ticket now (or already did).
    Claimed,
    /// Another officer holds it: their name.
    TakenBy(String),
}

/// An officer claims a ticket: from then on the user's follow-ups go to them.
pub async fn claim(
    store: &Store,
    answerer: &Answerer,
    officer: TelegramId,
    ticket: TicketId,
) -> Result<Claim, EscalationError> {
    officer_and_ticket(store, &answerer.engine().kb, officer, ticket).await?;
    match store.claim_ticket(ticket, officer).await? {
        None => {
            store.audit(Some(ticket), officer, "claimed", "").await?;
            Ok(Claim::Claimed)
        }
        Some(other) => {
            let name = store
                .officer(other)
                .await?
                .map_or_else(|| other.to_string(), |o| o.name);
            Ok(Claim::TakenBy(name))
        }
    }
}

/// An officer closes a ticket; the user is asked to rate the answer (1–5).
pub async fn close(
    store: &Store,
    answerer: &Answerer,
    officer: TelegramId,
    ticket_id: TicketId,
) -> Result<(), EscalationError> {
    let (_, ticket) = officer_and_ticket(store, &answerer.engine().kb, officer, ticket_id).await?;
    if !store.close_ticket(ticket_id).await? {
        return Ok(());
    }
    let i18n = &answerer.i18n;
    let mut rate = Notice::new(
        ticket.user,
        IdempotencyKey::closed(ticket_id),
        "ticket-closed-user",
    )
    .about(ticket_id);
    for stars in 1..=5 {
        let data = Callback::Rate {
            ticket: ticket_id,
            stars,
        };
        rate = rate.button(Label::Text(stars.to_string()), data);
    }
    rate.queue(store, i18n).await?;
    Notice::new(
        officer,
        IdempotencyKey::close_receipt(ticket_id),
        "officer-closed",
    )
    .about(ticket_id)
    .queue(store, i18n)
    .await?;
    store.audit(Some(ticket_id), officer, "closed", "").await?;
    Ok(())
}

/// An officer moves a ticket to another district (its officers) or to a state's nodal
/// officer. `target` is a district name/PIN or a state name. Returns the target in words.
pub async fn transfer(
    store: &Store,
    answerer: &Answerer,
    officer: TelegramId,
    ticket_id: TicketId,
    target: &str,
) -> Result<String, EscalationError> {
    let engine = answerer.engine();
    let kb = &engine.kb;
    let (_, ticket) = officer_and_ticket(store, kb, officer, ticket_id).await?;
    let upper = target.trim().to_uppercase();
    let (district_key, level, shown) = match kb.find_district(target) {
        DistrictMatch::Exact(i) => {
            let d = &kb.districts[i];
            let shown = format!("{} ({})", d.display_name(), d.display_state());
            (d.key(), Level::District, shown)
        }
        _ if kb.districts.iter().any(|d| d.state == upper) => {
            // Keep the user's district if it is in that state; otherwise the state's first.
            let key = if ticket.district.starts_with(&format!("{upper}/")) {
                ticket.district.clone()
            } else {
                kb.districts
                    .iter()
                    .find(|d| d.state == upper)
                    .map(|d| d.key())
                    .unwrap_or_default()
            };
            (key, Level::State, crate::knowledge::title_case(&upper))
        }
        _ => return Err(EscalationError::UnknownTarget),
    };
    store.move_ticket(ticket_id, &district_key, level).await?;
    let (_, officers) = route(store, kb, &district_key, level).await?;
    let question = super::ticket_question(store, ticket_id).await?;
    let user_lang = super::notice::language_of(store, ticket.user).await?;
    let stamp = crate::store::now();
    for o in officers.iter().filter(|o| o.telegram_id != officer) {
        let key = IdempotencyKey::transferred(ticket_id, stamp, o.telegram_id);
        new_ticket_notice(
            answerer,
            o,
            ticket_id,
            key,
            &question,
            user_lang,
            "—",
            &district_key,
        )
        .queue(store, &answerer.i18n)
        .await?;
    }
    store
        .audit(Some(ticket_id), officer, "transferred", &shown)
        .await?;
    Ok(shown)
}
