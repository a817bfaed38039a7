//! Escalation: a question the bot could not answer goes to the officers who answer for the
//! user's district, and their answer comes back. Routing goes district → state nodal officer
//! → DGFT Regional Authority → admins ([`jurisdiction::route`]). Every message about a ticket
//! is a typed [`Notice`] queued in the outbox (see [`outbox`]), so nothing is lost when
//! Telegram or the bot fails.

pub mod announce;
pub mod broadcast;
pub mod gaps;
pub mod invite;
pub mod jurisdiction;
pub mod notice;
pub mod outbox;
pub mod retention;
pub mod sla;
mod thread;
mod tickets;

pub use crate::store::{
    Author, Jurisdiction, Level, Officer, TelegramId, Ticket, TicketId, TicketStatus,
};
pub use jurisdiction::JurisdictionError;
pub use notice::{Label, Notice};
pub use thread::{follow_up, officer_reply, queue};
pub use tickets::{Claim, claim, close, open_ticket, transfer};

use crate::knowledge::KnowledgeBase;
use crate::store::{Store, StoreError};

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
    /// The Fluent message that tells the sender (it takes the `ticket` argument).
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::NotOfficer => "officer-not-registered",
            Refusal::NoSuchTicket => "officer-no-such-ticket",
            Refusal::NotJurisdiction => "officer-not-jurisdiction",
        }
    }
}

/// Errors of escalation.
#[derive(Debug, thiserror::Error)]
pub enum EscalationError {
    /// The officer may not do this (see [`Refusal`]).
    #[error("refused: {0:?}")]
    Refused(Refusal),
    /// A transfer named no district or state.
    #[error("no such district or state")]
    UnknownTarget,
    /// An invite named no valid jurisdiction.
    #[error(transparent)]
    Jurisdiction(#[from] JurisdictionError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<Refusal> for EscalationError {
    fn from(r: Refusal) -> Self {
        EscalationError::Refused(r)
    }
}

/// The question a ticket was opened with (the first message of its thread).
async fn ticket_question(store: &Store, ticket: TicketId) -> Result<String, StoreError> {
    Ok(store
        .ticket_messages(ticket)
        .await?
        .into_iter()
        .next()
        .map(|m| m.text)
        .unwrap_or_default())
}

/// Whether `officer` may act on `ticket` (a registered officer whose jurisdiction covers
/// it), for steps that change nothing themselves (the Transfer button); the refusal
/// otherwise.
pub async fn may_act(
    store: &Store,
    kb: &KnowledgeBase,
    officer: TelegramId,
    ticket: TicketId,
) -> Result<(), EscalationError> {
    officer_and_ticket(store, kb, officer, ticket)
        .await
        .map(|_| ())
}

/// Checks that `officer_id` is an officer with `ticket_id` in their jurisdiction; a refusal
/// for another jurisdiction is audited.
async fn officer_and_ticket(
    store: &Store,
    kb: &KnowledgeBase,
    officer_id: TelegramId,
    ticket_id: TicketId,
) -> Result<(Officer, Ticket), EscalationError> {
    let officer = store
        .officer(officer_id)
        .await?
        .ok_or(Refusal::NotOfficer)?;
    let ticket = store
        .ticket(ticket_id)
        .await?
        .ok_or(Refusal::NoSuchTicket)?;
    if !officer.jurisdiction.covers(kb, &ticket.district) {
        store
            .audit(
                Some(ticket_id),
                officer_id,
                "refused",
                "not in jurisdiction",
            )
            .await?;
        return Err(Refusal::NotJurisdiction.into());
    }
    Ok((officer, ticket))
}
