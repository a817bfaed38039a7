//! Escalation: a question the bot could not answer goes to the officers who answer for the
//! user's district, and their answer comes back. Routing goes district → state nodal officer
//! → DGFT Regional Authority → admins. Every message about a ticket goes through the outbox
//! (see [`outbox`]), so nothing is lost when Telegram or the bot fails.

pub mod gaps;
pub mod outbox;
pub mod sla;

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
    route_from(store, kb, district_key, Role::District).await
}

/// The levels in escalation order.
pub const LEVELS: [Role; 4] = [Role::District, Role::State, Role::Ra, Role::Admin];

/// Like [`route`], starting at `from` (a transfer to a state, or an escalation).
pub async fn route_from(
    store: &Store,
    kb: &KnowledgeBase,
    district_key: &str,
    from: Role,
) -> Result<(Role, Vec<Officer>), StoreError> {
    let district = kb.district_by_key(district_key);
    let state = district.map(|d| d.state.clone()).unwrap_or_default();
    let ra = district
        .and_then(|d| d.regional_authority.clone())
        .unwrap_or_default();
    let start = LEVELS.iter().position(|&r| r == from).unwrap_or(0);
    let all = [
        (Role::District, district_key),
        (Role::State, state.as_str()),
        (Role::Ra, ra.as_str()),
        (Role::Admin, ""),
    ];
    for (role, value) in all.into_iter().skip(start) {
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
    let guess = question
        .as_ref()
        .and_then(|q| q.top_result.as_deref())
        .and_then(|id| crate::answer::key_from_id(kb, id).map(|_| id.to_string()))
        .unwrap_or_else(|| "—".into());
    for o in &officers {
        notify_officer(
            store,
            answerer,
            o,
            ticket,
            &format!("ticket:{ticket}:new:{}", o.telegram_id),
            &text,
            lang,
            &guess,
            district_key,
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

/// The new-ticket message to one officer, in their language, with Claim and Transfer buttons.
#[allow(clippy::too_many_arguments)]
async fn notify_officer(
    store: &Store,
    answerer: &Answerer,
    o: &Officer,
    ticket: i64,
    key: &str,
    question: &str,
    user_lang: Lang,
    guess: &str,
    district_key: &str,
) -> Result<(), StoreError> {
    let engine = answerer.engine();
    let district = engine.kb.district_by_key(district_key);
    let i18n = &answerer.i18n;
    let olang = language_of(store, o.telegram_id).await?;
    let html = escape_html(&i18n.message(
        olang,
        "officer-new-ticket",
        &args(&[
            ("ticket", &ticket.to_string()),
            (
                "district",
                &district.map_or_else(|| district_key.to_string(), |d| d.display_name()),
            ),
            (
                "state",
                &district.map_or_else(String::new, |d| d.display_state()),
            ),
            ("language", user_lang.english_name()),
            ("question", question),
            ("guess", guess),
        ]),
    ));
    let buttons = serde_json::json!({"inline_keyboard": [[
        {"text": i18n.get(olang, "officer-claim"), "callback_data": format!("c:{ticket}")},
        {"text": i18n.get(olang, "officer-transfer"), "callback_data": format!("t:{ticket}")},
    ]]});
    store
        .enqueue_with_buttons(
            key,
            o.telegram_id,
            &html,
            Some(ticket),
            Some(&buttons.to_string()),
        )
        .await?;
    Ok(())
}

/// The question a ticket was opened with (the first message of its thread).
async fn ticket_question(store: &Store, ticket: i64) -> Result<String, StoreError> {
    Ok(store
        .ticket_messages(ticket)
        .await?
        .into_iter()
        .next()
        .map(|(_, q)| q)
        .unwrap_or_default())
}

/// Checks that `officer_id` is an officer with `ticket_id` in their jurisdiction.
async fn officer_and_ticket(
    store: &Store,
    kb: &KnowledgeBase,
    officer_id: i64,
    ticket_id: i64,
) -> Result<Result<(Officer, crate::store::Ticket), Refusal>, StoreError> {
    let Some(officer) = store.officer(officer_id).await? else {
        return Ok(Err(Refusal::NotOfficer));
    };
    let Some(ticket) = store.ticket(ticket_id).await? else {
        return Ok(Err(Refusal::NoSuchTicket));
    };
    if !in_jurisdiction(&officer, kb, &ticket.district) {
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
    Ok(Ok((officer, ticket)))
}

/// What a press of "Claim" did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// The officer holds the ticket now (or already did).
    Claimed,
    /// Another officer holds it: their name.
    TakenBy(String),
    Refused(Refusal),
}

/// An officer claims a ticket: from then on the user's follow-ups go to them.
pub async fn claim(
    store: &Store,
    answerer: &Answerer,
    officer_id: i64,
    ticket_id: i64,
) -> Result<Claim, StoreError> {
    let engine = answerer.engine();
    if let Err(r) = officer_and_ticket(store, &engine.kb, officer_id, ticket_id).await? {
        return Ok(Claim::Refused(r));
    }
    match store.claim_ticket(ticket_id, officer_id).await? {
        None => {
            store
                .audit(Some(ticket_id), officer_id, "claimed", "")
                .await?;
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
    officer_id: i64,
    ticket_id: i64,
) -> Result<Result<(), Refusal>, StoreError> {
    let engine = answerer.engine();
    let ticket = match officer_and_ticket(store, &engine.kb, officer_id, ticket_id).await? {
        Ok((_, t)) => t,
        Err(r) => return Ok(Err(r)),
    };
    if store.close_ticket(ticket_id).await? {
        let i18n = &answerer.i18n;
        let ulang = language_of(store, ticket.telegram_id).await?;
        let ask = escape_html(&i18n.message(
            ulang,
            "ticket-closed-user",
            &args(&[("ticket", &ticket_id.to_string())]),
        ));
        let stars: Vec<serde_json::Value> =
            (1..=5).map(|n| serde_json::json!({"text": n.to_string(), "callback_data": format!("r:{ticket_id}:{n}")})).collect();
        let buttons = serde_json::json!({"inline_keyboard": [stars]}).to_string();
        store
            .enqueue_with_buttons(
                &format!("ticket:{ticket_id}:closed"),
                ticket.telegram_id,
                &ask,
                Some(ticket_id),
                Some(&buttons),
            )
            .await?;
        let olang = language_of(store, officer_id).await?;
        let receipt = escape_html(&i18n.message(
            olang,
            "officer-closed",
            &args(&[("ticket", &ticket_id.to_string())]),
        ));
        store
            .enqueue(
                &format!("ticket:{ticket_id}:closed:receipt"),
                officer_id,
                &receipt,
                Some(ticket_id),
            )
            .await?;
        store
            .audit(Some(ticket_id), officer_id, "closed", "")
            .await?;
    }
    Ok(Ok(()))
}

/// An officer moves a ticket to another district (its officers) or to a state's nodal
/// officer. `target` is a district name/PIN or a state name.
pub async fn transfer(
    store: &Store,
    answerer: &Answerer,
    officer_id: i64,
    ticket_id: i64,
    target: &str,
) -> Result<Result<String, Option<Refusal>>, StoreError> {
    let engine = answerer.engine();
    let kb = &engine.kb;
    let ticket = match officer_and_ticket(store, kb, officer_id, ticket_id).await? {
        Ok((_, t)) => t,
        Err(r) => return Ok(Err(Some(r))),
    };
    let upper = target.trim().to_uppercase();
    let (district_key, level, shown) = match kb.find_district(target) {
        crate::knowledge::places::DistrictMatch::Exact(i) => {
            let d = &kb.districts[i];
            (
                d.key(),
                Role::District,
                format!("{} ({})", d.display_name(), d.display_state()),
            )
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
            (key, Role::State, crate::knowledge::title_case(&upper))
        }
        _ => return Ok(Err(None)),
    };
    store
        .move_ticket(ticket_id, &district_key, level.as_str())
        .await?;
    let (_, officers) = route_from(store, kb, &district_key, level).await?;
    let question = ticket_question(store, ticket_id).await?;
    let ulang = language_of(store, ticket.telegram_id).await?;
    let stamp = crate::store::now();
    for o in officers.iter().filter(|o| o.telegram_id != officer_id) {
        let key = format!("ticket:{ticket_id}:transfer:{stamp}:{}", o.telegram_id);
        notify_officer(
            store,
            answerer,
            o,
            ticket_id,
            &key,
            &question,
            ulang,
            "—",
            &district_key,
        )
        .await?;
    }
    store
        .audit(Some(ticket_id), officer_id, "transferred", &shown)
        .await?;
    Ok(Ok(shown))
}

/// A user's message while an officer holds their ticket: it joins the thread and goes to the
/// officer. `source` is the user's Telegram message id.
pub async fn follow_up(
    store: &Store,
    answerer: &Answerer,
    ticket: &crate::store::Ticket,
    text: &str,
    source: i64,
) -> Result<(), StoreError> {
    let Some(officer) = ticket.claimed_by else {
        return Ok(());
    };
    let key = format!("ticket:{}:followup:{source}", ticket.id);
    let i18n = &answerer.i18n;
    let olang = language_of(store, officer).await?;
    let note = escape_html(&i18n.message(
        olang,
        "officer-followup",
        &args(&[("ticket", &ticket.id.to_string()), ("text", text)]),
    ));
    if store.enqueue(&key, officer, &note, Some(ticket.id)).await? {
        store
            .add_ticket_message(ticket.id, "user", ticket.telegram_id, text)
            .await?;
        let ulang = language_of(store, ticket.telegram_id).await?;
        let ack = escape_html(&i18n.message(
            ulang,
            "ticket-followup-sent",
            &args(&[("ticket", &ticket.id.to_string())]),
        ));
        store
            .enqueue(
                &format!("{key}:ack"),
                ticket.telegram_id,
                &ack,
                Some(ticket.id),
            )
            .await?;
    }
    Ok(())
}

/// The open tickets in an officer's jurisdiction, one line each, or `None` if not an officer.
pub async fn queue(
    store: &Store,
    answerer: &Answerer,
    officer_id: i64,
) -> Result<Option<String>, StoreError> {
    let Some(officer) = store.officer(officer_id).await? else {
        return Ok(None);
    };
    let engine = answerer.engine();
    let i18n = &answerer.i18n;
    let lang = language_of(store, officer_id).await?;
    let now = crate::store::now();
    let mut lines = Vec::new();
    for t in store.open_tickets_all().await? {
        if !in_jurisdiction(&officer, &engine.kb, &t.district) {
            continue;
        }
        let question = ticket_question(store, t.id).await?;
        let short: String = question.chars().take(60).collect();
        let status = i18n.get(
            lang,
            if t.claimed_by.is_some() {
                "officer-status-claimed"
            } else {
                "officer-status-new"
            },
        );
        let district = engine
            .kb
            .district_by_key(&t.district)
            .map_or_else(|| t.district.clone(), |d| d.display_name());
        lines.push(i18n.message(
            lang,
            "officer-queue-line",
            &args(&[
                ("ticket", &t.id.to_string()),
                ("district", &district),
                ("age", &((now - t.created).max(0) / 3600).to_string()),
                ("status", &status),
                ("question", &short),
            ]),
        ));
    }
    if lines.is_empty() {
        return Ok(Some(i18n.get(lang, "officer-queue-empty")));
    }
    Ok(Some(format!(
        "{}\n{}",
        i18n.get(lang, "officer-queue-heading"),
        lines.join("\n")
    )))
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
    let engine = answerer.engine();
    let ticket = match officer_and_ticket(store, &engine.kb, officer_id, ticket_id).await? {
        Ok((_, t)) => t,
        Err(r) => return Ok(Err(r)),
    };
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
        // The officer who answers an unclaimed ticket holds it: the user's reply goes to them.
        if ticket.claimed_by.is_none() && store.claim_ticket(ticket_id, officer_id).await?.is_none()
        {
            store
                .audit(Some(ticket_id), officer_id, "claimed", "by answering")
                .await?;
        }
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

/// A new one-time invite code: 16 characters from an unambiguous alphabet, from the
/// operating system's randomness (through std's hasher seeds).
pub fn new_invite_code() -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut out = String::with_capacity(16);
    for _ in 0..2 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        let mut v = h.finish();
        for _ in 0..8 {
            out.push(ALPHABET[(v % 32) as usize] as char);
            v /= 32;
        }
    }
    out
}

/// Where an officer may act, in words ("Moradabad (Uttar Pradesh)", "Rajasthan", "all of India").
pub fn jurisdiction_name(
    officer: &Officer,
    kb: &KnowledgeBase,
    i18n: &crate::i18n::I18n,
    lang: Lang,
) -> String {
    match officer.role {
        Role::Admin => i18n.get(lang, "officer-all-india"),
        Role::District => officer
            .district
            .as_deref()
            .and_then(|k| kb.district_by_key(k))
            .map_or_else(
                || officer.district.clone().unwrap_or_default(),
                |d| format!("{} ({})", d.display_name(), d.display_state()),
            ),
        Role::State => crate::knowledge::title_case(officer.state.as_deref().unwrap_or_default()),
        Role::Ra => officer
            .ra
            .as_deref()
            .and_then(|id| kb.regional_authorities.get(id))
            .map_or_else(
                || officer.ra.clone().unwrap_or_default(),
                |ra| ra.name.clone(),
            ),
    }
}

/// Parses "district Moradabad", "state Rajasthan", "ra kanpur" or "admin" into a jurisdiction.
pub fn parse_jurisdiction(text: &str, kb: &KnowledgeBase) -> Option<Officer> {
    let (role, rest) = text
        .trim()
        .split_once(char::is_whitespace)
        .unwrap_or((text.trim(), ""));
    let rest = rest.trim();
    let mut o = Officer {
        telegram_id: 0,
        name: String::new(),
        role: Role::parse(role)?,
        district: None,
        state: None,
        ra: None,
    };
    match o.role {
        Role::Admin => {}
        Role::District => {
            let crate::knowledge::places::DistrictMatch::Exact(i) = kb.find_district(rest) else {
                return None;
            };
            let d = &kb.districts[i];
            o.district = Some(d.key());
            o.state = Some(d.state.clone());
        }
        Role::State => {
            let upper = rest.to_uppercase();
            kb.districts
                .iter()
                .any(|d| d.state == upper)
                .then_some(())?;
            o.state = Some(upper);
        }
        Role::Ra => {
            let id = rest.to_lowercase();
            kb.regional_authorities.contains_key(&id).then_some(())?;
            o.ra = Some(id);
        }
    }
    Some(o)
}
