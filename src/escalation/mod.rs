//! Escalation: a question the bot could not answer goes to the officers who answer for the
//! user's district, and their answer comes back. Routing goes district → state nodal officer
//! → DGFT Regional Authority → admins. Every message about a ticket goes through the outbox
//! (see [`outbox`]), so nothing is lost when Telegram or the bot fails.

pub mod outbox;

use crate::answer::Answerer;
use crate::answer::reply::escape_html;
use crate::i18n::args;
use crate::knowledge::KnowledgeBase;
use crate::lang::Lang;
use crate::store::{Officer, Role, Store, StoreError};

/// How long, in hours, users are told an answer usually takes.
pub const EXPECTED_HOURS: u32 = 24;

/// Why an officer action was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The sender is not a registered officer.
    NotOfficer,
    NoSuchTicket,
    /// The ticket's district is outside the officer's jurisdiction.
    NotJurisdiction,
}

impl Refusal {
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::NotOfficer => "officer-not-registered",
            Refusal::NoSuchTicket => "officer-no-such-ticket",
            Refusal::NotJurisdiction => "officer-not-jurisdiction",
        }
    }
}

/// The officers a ticket from `district_key` goes to, and the level that has them.
pub async fn route(
    store: &Store,
    kb: &KnowledgeBase,
    district_key: &str,
) -> Result<(Role, Vec<Officer>), StoreError> {
    let district = kb.district_by_key(district_key);
    let state = district.map(|d| d.state.clone()).unwrap_or_default();
    let ra = district
        .and_then(|d| d.regional_authority.clone())
        .unwrap_or_default();
    for (role, value) in [
        (Role::District, district_key),
        (Role::State, state.as_str()),
        (Role::Ra, ra.as_str()),
        (Role::Admin, ""),
    ] {
        if role != Role::Admin && value.is_empty() {
            continue;
        }
        let found = store.officers_where(role, value).await?;
        if !found.is_empty() {
            return Ok((role, found));
        }
    }
    Ok((Role::Admin, Vec::new()))
}

/// Whether a ticket from `district_key` is within an officer's jurisdiction.
pub fn in_jurisdiction(officer: &Officer, kb: &KnowledgeBase, district_key: &str) -> bool {
    let district = kb.district_by_key(district_key);
    match officer.role {
        Role::Admin => true,
        Role::District => officer.district.as_deref() == Some(district_key),
        Role::State => district.is_some_and(|d| officer.state.as_deref() == Some(d.state.as_str())),
        Role::Ra => district
            .is_some_and(|d| d.regional_authority.is_some() && officer.ra == d.regional_authority),
    }
}

async fn language_of(store: &Store, telegram_id: i64) -> Result<Lang, StoreError> {
    Ok(store
        .user(telegram_id)
        .await?
        .and_then(|u| u.language)
        .unwrap_or(Lang::En))
}

/// Opens (or finds) the ticket for a logged question, queues its notification to the routed
/// officers and its confirmation to the user. Returns the ticket number.
pub async fn open_ticket(
    store: &Store,
    answerer: &Answerer,
    user_id: i64,
    lang: Lang,
    question_id: i64,
    district_key: &str,
) -> Result<i64, StoreError> {
    let engine = answerer.engine();
    let kb = &engine.kb;
    let i18n = &answerer.i18n;
    let ticket = store
        .open_ticket(user_id, question_id, district_key)
        .await?;
    let question = store.question(question_id).await?;
    let text = question
        .as_ref()
        .map(|q| q.text.clone())
        .unwrap_or_default();
    if store.ticket_messages(ticket).await?.is_empty() {
        store
            .add_ticket_message(ticket, "user", user_id, &text)
            .await?;
    }
    let (level, officers) = route(store, kb, district_key).await?;
    let district = kb.district_by_key(district_key);
    let district_en = district.map_or_else(|| district_key.to_string(), |d| d.display_name());
    let state_en = district.map_or_else(String::new, |d| d.display_state());
    let guess = question
        .as_ref()
        .and_then(|q| q.top_result.as_deref())
        .and_then(|id| crate::answer::key_from_id(kb, id).map(|_| id.to_string()))
        .unwrap_or_else(|| "—".into());
    for o in &officers {
        let olang = language_of(store, o.telegram_id).await?;
        let html = escape_html(&i18n.message(
            olang,
            "officer-new-ticket",
            &args(&[
                ("ticket", &ticket.to_string()),
                ("district", &district_en),
                ("state", &state_en),
                ("language", lang.english_name()),
                ("question", &text),
                ("guess", &guess),
            ]),
        ));
        store
            .enqueue(
                &format!("ticket:{ticket}:new:{}", o.telegram_id),
                o.telegram_id,
                &html,
                Some(ticket),
            )
            .await?;
    }
    let name = district.map_or_else(|| district_key.to_string(), |d| d.name_in(lang));
    let confirm = i18n.message(
        lang,
        "ticket-opened",
        &args(&[
            ("district", &name),
            ("ticket", &ticket.to_string()),
            ("hours", &EXPECTED_HOURS.to_string()),
        ]),
    );
    let added = store
        .enqueue(
            &format!("ticket:{ticket}:opened"),
            user_id,
            &escape_html(&confirm),
            Some(ticket),
        )
        .await?;
    if added {
        let detail = format!("routed to {} ({} officers)", level.as_str(), officers.len());
        store
            .audit(Some(ticket), user_id, "opened", &detail)
            .await?;
    }
    Ok(ticket)
}

/// An officer's answer to a ticket: added to its thread and queued to the user (marked as
/// from the district export desk), with a receipt to the officer. `source` identifies the
/// officer's message (its Telegram message id), so a redelivered update is not sent twice.
pub async fn officer_reply(
    store: &Store,
    answerer: &Answerer,
    officer_id: i64,
    ticket_id: i64,
    text: &str,
    source: i64,
) -> Result<Result<(), Refusal>, StoreError> {
    let Some(officer) = store.officer(officer_id).await? else {
        return Ok(Err(Refusal::NotOfficer));
    };
    let Some(ticket) = store.ticket(ticket_id).await? else {
        return Ok(Err(Refusal::NoSuchTicket));
    };
    let engine = answerer.engine();
    if !in_jurisdiction(&officer, &engine.kb, &ticket.district) {
        store
            .audit(
                Some(ticket_id),
                officer_id,
                "refused",
                "not in jurisdiction",
            )
            .await?;
        return Ok(Err(Refusal::NotJurisdiction));
    }
    let i18n = &answerer.i18n;
    let user_lang = language_of(store, ticket.telegram_id).await?;
    let district = engine
        .kb
        .district_by_key(&ticket.district)
        .map_or_else(|| ticket.district.clone(), |d| d.name_in(user_lang));
    let key = format!("ticket:{ticket_id}:answer:{officer_id}:{source}");
    let answer = i18n.message(
        user_lang,
        "ticket-answer",
        &args(&[
            ("district", &district),
            ("ticket", &ticket_id.to_string()),
            ("text", text),
        ]),
    );
    if store
        .enqueue(
            &key,
            ticket.telegram_id,
            &escape_html(&answer),
            Some(ticket_id),
        )
        .await?
    {
        store
            .add_ticket_message(ticket_id, "officer", officer_id, text)
            .await?;
        let olang = language_of(store, officer_id).await?;
        let receipt = i18n.message(
            olang,
            "officer-reply-sent",
            &args(&[("ticket", &ticket_id.to_string())]),
        );
        store
            .enqueue(
                &format!("{key}:receipt"),
                officer_id,
                &escape_html(&receipt),
                Some(ticket_id),
            )
            .await?;
        store
            .audit(Some(ticket_id), officer_id, "answered", "")
            .await?;
    }
    Ok(Ok(()))
}
