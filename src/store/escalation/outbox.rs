//! The outbox table: messages waiting for Telegram, each under an [`IdempotencyKey`] that
//! says what caused it, so a step that runs twice queues nothing twice.

use sqlx::Row;

use super::model::{Level, TelegramId, TicketId};
use crate::store::{Store, StoreError, now};

/// What caused an outbox message; one constructor per kind of message. The text form is what
/// the database's unique index sees, so it never changes for a given cause.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    /// The user's confirmation that a ticket was opened.
    pub fn ticket_opened(ticket: TicketId) -> Self {
        Self(format!("ticket:{ticket}:opened"))
    }

    /// A new ticket, to one of the officers it was routed to.
    pub fn new_ticket(ticket: TicketId, officer: TelegramId) -> Self {
        Self(format!("ticket:{ticket}:new:{officer}"))
    }

    /// A transferred ticket, to one of its new officers; `stamp` (Unix seconds) tells one
    /// transfer from the next.
    pub fn transferred(ticket: TicketId, stamp: i64, officer: TelegramId) -> Self {
        Self(format!("ticket:{ticket}:transfer:{stamp}:{officer}"))
    }

    /// The request to rate a closed ticket, to its user.
    pub fn closed(ticket: TicketId) -> Self {
        Self(format!("ticket:{ticket}:closed"))
    }

    /// The receipt of a close, to the officer.
    pub fn close_receipt(ticket: TicketId) -> Self {
        Self(format!("ticket:{ticket}:closed:receipt"))
    }

    /// A user's follow-up (their Telegram message `source`), to the officer holding the ticket.
    pub fn follow_up(ticket: TicketId, source: i64) -> Self {
        Self(format!("ticket:{ticket}:followup:{source}"))
    }

    /// The note to the user that their follow-up went to the officer.
    pub fn follow_up_ack(ticket: TicketId, source: i64) -> Self {
        Self(format!("ticket:{ticket}:followup:{source}:ack"))
    }

    /// An officer's answer (their Telegram message `source`), to the user.
    pub fn answer(ticket: TicketId, officer: TelegramId, source: i64) -> Self {
        Self(format!("ticket:{ticket}:answer:{officer}:{source}"))
    }

    /// The receipt of an answer, to the officer.
    pub fn answer_receipt(ticket: TicketId, officer: TelegramId, source: i64) -> Self {
        Self(format!("ticket:{ticket}:answer:{officer}:{source}:receipt"))
    }

    /// A ticket that climbed to `level`, to one of that level's officers.
    pub fn escalated(ticket: TicketId, level: Level, officer: TelegramId) -> Self {
        Self(format!("ticket:{ticket}:escalated:{level}:{officer}"))
    }

    /// The SLA reminder at `level`, to one officer.
    pub fn reminder(ticket: TicketId, level: Level, officer: TelegramId) -> Self {
        Self(format!("ticket:{ticket}:reminder:{level}:{officer}"))
    }

    /// A knowledge reload that failed at `stamp` (Unix seconds), to one admin.
    pub fn reload_failed(stamp: i64, admin: TelegramId) -> Self {
        Self(format!("kb-reload-failed:{stamp}:{admin}"))
    }

    /// A notice (or announcement `ann-<n>`) for one period (`once`, or the year of a yearly
    /// deadline), to one subscriber.
    pub fn notice(notice: &str, period: &str, user: TelegramId) -> Self {
        Self(format!("notice:{notice}:{period}:{user}"))
    }

    /// The reminder the day before an event, to one user who asked for it.
    pub fn event_reminder(notice: &str, user: TelegramId) -> Self {
        Self(format!("notice:{notice}:remind:{user}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A message to put in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOutbox {
    pub key: IdempotencyKey,
    pub chat: TelegramId,
    pub html: String,
    pub ticket: Option<TicketId>,
    /// Inline keyboard as Bot API JSON.
    pub markup: Option<String>,
}

/// A message waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub chat: TelegramId,
    pub html: String,
    pub attempts: i32,
    /// Inline keyboard as Bot API JSON.
    pub markup: Option<String>,
    /// 0 for ordinary messages, [`crate::store::BROADCAST_PRIORITY`] for broadcasts.
    pub priority: i32,
}

impl Store {
    /// Puts a message in the outbox; a second message with the same key is ignored (so a
    /// retried step never sends twice). Whether it was added.
    pub async fn enqueue(&self, m: &NewOutbox) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "INSERT INTO outbox (idempotency_key, chat_id, html, ticket_id, next_attempt, created, markup) \
             VALUES ($1, $2, $3, $4, $5, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING",
        )
        .bind(m.key.as_str())
        .bind(m.chat.0)
        .bind(&m.html)
        .bind(m.ticket.map(|t| t.0))
        .bind(now())
        .bind(m.markup.as_deref())
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Messages due to be sent.
    pub async fn due_outbox(&self, at: i64, limit: i64) -> Result<Vec<OutboxRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, chat_id, html, attempts, markup, priority FROM outbox WHERE status = 'pending' AND next_attempt <= $1 AND lease_until <= $1 \
             ORDER BY priority, id LIMIT $2",
        )
        .bind(at)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| OutboxRow {
                id: r.get(0),
                chat: TelegramId(r.get(1)),
                html: r.get(2),
                attempts: r.get(3),
                markup: r.get(4),
                priority: r.get(5),
            })
            .collect())
    }

    /// Takes a row for sending until `until` (so two bot instances never send the same row);
    /// whether this caller got it.
    pub async fn lease_outbox(&self, id: i64, at: i64, until: i64) -> Result<bool, StoreError> {
        let r = sqlx::query("UPDATE outbox SET lease_until = $1 WHERE id = $2 AND status = 'pending' AND lease_until <= $3")
            .bind(until)
            .bind(id)
            .bind(at)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Takes a broadcast row for sending, as [`Store::lease_outbox`], and marks it as being
    /// sent: if the process dies before Telegram's answer is recorded, the row stays
    /// "sending" and is never sent again (a broadcast is sent at most once to a user; Telegram
    /// cannot say whether the message arrived).
    pub async fn lease_broadcast(&self, id: i64, at: i64, until: i64) -> Result<bool, StoreError> {
        let r = sqlx::query("UPDATE outbox SET lease_until = $1, status = 'sending' WHERE id = $2 AND status = 'pending' AND lease_until <= $3")
            .bind(until)
            .bind(id)
            .bind(at)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn outbox_sent(&self, id: i64, message_id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET status = 'sent', sent_message_id = $1, lease_until = 0 WHERE id = $2")
            .bind(message_id)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Telegram will never take this row (the user blocked the bot): not retried.
    pub async fn outbox_blocked(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET status = 'blocked', attempts = attempts + 1, lease_until = 0 WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn outbox_retry(&self, id: i64, next_attempt: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET attempts = attempts + 1, next_attempt = $1, lease_until = 0, status = 'pending' WHERE id = $2")
            .bind(next_attempt)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Messages not yet accepted by Telegram.
    pub async fn outbox_pending(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.get(0))
    }

    /// The ticket an officer's notification message belongs to (for replies to it).
    pub async fn ticket_of_message(
        &self,
        chat: TelegramId,
        message_id: i64,
    ) -> Result<Option<TicketId>, StoreError> {
        let row = sqlx::query(
            "SELECT ticket_id FROM outbox WHERE chat_id = $1 AND sent_message_id = $2 AND ticket_id IS NOT NULL",
        )
        .bind(chat.0)
        .bind(message_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|r| r.get::<Option<i64>, _>(0)).map(TicketId))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_message_has_its_own_key() {
        let (t, o) = (TicketId(12), TelegramId(99));
        let keys = [
            IdempotencyKey::ticket_opened(t),
            IdempotencyKey::new_ticket(t, o),
            IdempotencyKey::transferred(t, 1_700_000_000, o),
            IdempotencyKey::closed(t),
            IdempotencyKey::close_receipt(t),
            IdempotencyKey::follow_up(t, 5),
            IdempotencyKey::follow_up_ack(t, 5),
            IdempotencyKey::answer(t, o, 5),
            IdempotencyKey::answer_receipt(t, o, 5),
            IdempotencyKey::escalated(t, Level::State, o),
            IdempotencyKey::reminder(t, Level::State, o),
            IdempotencyKey::reload_failed(1_700_000_000, o),
            IdempotencyKey::notice("iec-update", "2026", o),
            IdempotencyKey::notice("iec-update", "2027", o),
            IdempotencyKey::event_reminder("iec-update", o),
        ];
        let distinct: std::collections::HashSet<_> = keys.iter().collect();
        assert_eq!(distinct.len(), keys.len());
        assert_eq!(
            keys[1].as_str(),
            "ticket:12:new:99",
            "rows already queued keep their key"
        );
        assert_eq!(
            IdempotencyKey::escalated(t, Level::Admin, o).as_str(),
            "ticket:12:escalated:admin:99"
        );
    }
}
