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
    /// Byte offset in `html` up to which Telegram has the message (the parts before it were
    /// delivered by an earlier try).
    pub sent_upto: i64,
    /// The recipient is a user who blocked the bot (and has not written since).
    pub recipient_inactive: bool,
    /// 0 for ordinary messages, [`crate::store::BROADCAST_PRIORITY`] for broadcasts.
    pub priority: i32,
}

/// Why a row was given up on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The recipient blocked the bot (or the bot left their group): re-queued by itself when
    /// the user writes again.
    Blocked,
    /// Telegram refused the message for good.
    Refused,
    /// It failed the maximum number of times.
    GaveUp,
}

impl Failure {
    pub fn as_str(self) -> &'static str {
        match self {
            Failure::Blocked => "blocked",
            Failure::Refused => "refused",
            Failure::GaveUp => "gave-up",
        }
    }
}

/// A row in the `failed` state, as admins see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedRow {
    pub id: i64,
    pub key: String,
    pub chat: TelegramId,
    pub ticket: Option<TicketId>,
    pub attempts: i32,
    /// `blocked`, `refused` or `gave-up`.
    pub failure: String,
    /// Telegram's last answer (no message text).
    pub last_error: Option<String>,
    pub failed_at: i64,
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
            "SELECT o.id, o.chat_id, o.html, o.attempts, o.markup, o.sent_upto, u.inactive_since, o.priority \
             FROM outbox o LEFT JOIN users u ON u.telegram_id = o.chat_id \
             WHERE o.status = 'pending' AND o.next_attempt <= $1 AND o.lease_until <= $1 \
             ORDER BY o.priority, o.id LIMIT $2",
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
                sent_upto: r.get(5),
                recipient_inactive: r.get::<Option<i64>, _>(6).is_some(),
                priority: r.get(7),
            })
            .collect())
    }

    /// Takes a row for sending until `until` under `token` (so two bot instances never send
    /// the same row); whether this caller got it.
    pub async fn lease_outbox(
        &self,
        id: i64,
        at: i64,
        until: i64,
        token: &str,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE outbox SET lease_until = $1, lease_token = $4 \
             WHERE id = $2 AND status = 'pending' AND lease_until <= $3",
        )
        .bind(until)
        .bind(id)
        .bind(at)
        .bind(token)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Extends a lease this caller still holds; `false` when it was lost (it expired and
    /// another instance took the row).
    pub async fn renew_outbox_lease(
        &self,
        id: i64,
        token: &str,
        until: i64,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE outbox SET lease_until = $1 WHERE id = $2 AND lease_token = $3 AND status = 'pending'",
        )
        .bind(until)
        .bind(id)
        .bind(token)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Records that Telegram has the message up to byte `sent_upto` (and the id of the last
    /// part sent, when one was); `false` when the lease was lost.
    pub async fn outbox_progress(
        &self,
        id: i64,
        token: &str,
        sent_upto: usize,
        message_id: Option<i64>,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE outbox SET sent_upto = $1, sent_message_id = COALESCE($2, sent_message_id) \
             WHERE id = $3 AND lease_token = $4 AND status = 'pending'",
        )
        .bind(i64::try_from(sent_upto).unwrap_or(i64::MAX))
        .bind(message_id)
        .bind(id)
        .bind(token)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// The whole message was delivered.
    pub async fn outbox_sent(&self, id: i64, token: &str) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE outbox SET status = 'sent', lease_until = 0, lease_token = NULL \
             WHERE id = $1 AND lease_token = $2 AND status = 'pending'",
        )
        .bind(id)
        .bind(token)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Another try at `next_attempt` (Unix seconds), one attempt more.
    pub async fn outbox_retry(
        &self,
        id: i64,
        token: &str,
        next_attempt: i64,
        error: &str,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt = $1, lease_until = 0, \
             lease_token = NULL, last_error = $2 WHERE id = $3 AND lease_token = $4 AND status = 'pending'",
        )
        .bind(next_attempt)
        .bind(error)
        .bind(id)
        .bind(token)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Gives up on a row: it moves to `failed`, where admins see it and can retry it.
    pub async fn outbox_fail(
        &self,
        id: i64,
        token: &str,
        failure: Failure,
        error: &str,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE outbox SET status = 'failed', failure = $1, last_error = $2, failed_at = $3, \
             attempts = attempts + 1, lease_until = 0, lease_token = NULL \
             WHERE id = $4 AND lease_token = $5 AND status = 'pending'",
        )
        .bind(failure.as_str())
        .bind(error)
        .bind(now())
        .bind(id)
        .bind(token)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// The rows in `failed`, oldest first, at most `limit`.
    pub async fn failed_outbox(&self, limit: i64) -> Result<Vec<FailedRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, idempotency_key, chat_id, ticket_id, attempts, failure, last_error, failed_at \
             FROM outbox WHERE status = 'failed' ORDER BY id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| FailedRow {
                id: r.get(0),
                key: r.get(1),
                chat: TelegramId(r.get(2)),
                ticket: r.get::<Option<i64>, _>(3).map(TicketId),
                attempts: r.get(4),
                failure: r.get::<Option<String>, _>(5).unwrap_or_default(),
                last_error: r.get(6),
                failed_at: r.get::<Option<i64>, _>(7).unwrap_or_default(),
            })
            .collect())
    }

    /// Puts failed rows back in the queue, with their attempts counted afresh (`id`: one
    /// row; `None`: all); they resume from the part they had reached. How many.
    pub async fn retry_failed_outbox(&self, id: Option<i64>) -> Result<u64, StoreError> {
        const REQUEUE: &str = "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt = $1, \
             failure = NULL, failed_at = NULL, lease_until = 0 WHERE status = 'failed'";
        let r = match id {
            Some(id) => {
                sqlx::query(sqlx::AssertSqlSafe(format!("{REQUEUE} AND id = $2")))
                    .bind(now())
                    .bind(id)
                    .execute(&self.pool)
                    .await?
            }
            None => sqlx::query(REQUEUE).bind(now()).execute(&self.pool).await?,
        };
        Ok(r.rows_affected())
    }

    /// Marks a user inactive: they blocked the bot (or deleted their account).
    pub async fn mark_inactive(&self, user: TelegramId) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE users SET inactive_since = $1 WHERE telegram_id = $2 AND inactive_since IS NULL",
        )
        .bind(now())
        .bind(user.0)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// A user who had blocked the bot wrote again: active again, and what could not reach
    /// them meanwhile is queued again. How many messages were.
    pub async fn reactivate(&self, user: TelegramId) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE users SET inactive_since = NULL WHERE telegram_id = $1")
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        let r = sqlx::query(
            "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt = $1, failure = NULL, \
             failed_at = NULL, lease_until = 0 WHERE chat_id = $2 AND status = 'failed' AND failure = 'blocked'",
        )
        .bind(now())
        .bind(user.0)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(r.rows_affected())
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
