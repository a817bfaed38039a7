//! Store functions for escalation: officers, tickets and their threads, the outbox, the audit
//! log. Every value is a bound parameter.

use sqlx::Row;

use super::{Store, StoreError, now};

/// An officer's level; each covers more ground than the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    District,
    State,
    /// A DGFT Regional Authority.
    Ra,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::District => "district",
            Role::State => "state",
            Role::Ra => "ra",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s.trim().to_ascii_lowercase().as_str() {
            "district" => Some(Role::District),
            "state" => Some(Role::State),
            "ra" => Some(Role::Ra),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// A registered officer and their jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Officer {
    pub telegram_id: i64,
    pub name: String,
    pub role: Role,
    /// "STATE/DISTRICT" for a district officer.
    pub district: Option<String>,
    /// State (capitals, as in the knowledge base) for a state officer.
    pub state: Option<String>,
    /// Regional Authority id for an RA officer.
    pub ra: Option<String>,
}

/// A ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub id: i64,
    pub telegram_id: i64,
    pub question_id: i64,
    pub district: String,
    /// "open" or "closed".
    pub status: String,
    pub claimed_by: Option<i64>,
    /// The routing level it is at: district, state, ra or admin.
    pub level: String,
    pub reminded: bool,
    pub created: i64,
    pub rating: Option<i32>,
}

macro_rules! select_tickets {
    ($rest:literal) => {
        concat!(
            "SELECT id, telegram_id, question_id, district, status, claimed_by, level, reminded, created, rating FROM tickets ",
            $rest
        )
    };
}

fn ticket_from(r: &sqlx::any::AnyRow) -> Ticket {
    Ticket {
        id: r.get(0),
        telegram_id: r.get(1),
        question_id: r.get(2),
        district: r.get(3),
        status: r.get(4),
        claimed_by: r.get(5),
        level: r.get(6),
        reminded: r.get::<i32, _>(7) != 0,
        created: r.get(8),
        rating: r.get(9),
    }
}

/// A message waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub chat_id: i64,
    pub html: String,
    pub attempts: i32,
    /// Inline keyboard as Bot API JSON.
    pub markup: Option<String>,
}

fn officer_from(r: &sqlx::any::AnyRow) -> Officer {
    Officer {
        telegram_id: r.get(0),
        name: r.get(1),
        role: Role::parse(&r.get::<String, _>(2)).unwrap_or(Role::District),
        district: r.get(3),
        state: r.get(4),
        ra: r.get(5),
    }
}

/// The officer columns, as a literal (sqlx accepts only static SQL text).
macro_rules! select_officers {
    ($rest:literal) => {
        concat!(
            "SELECT telegram_id, name, role, district, state, ra FROM officers ",
            $rest
        )
    };
}

impl Store {
    /// Registers an officer, or updates their name and jurisdiction.
    pub async fn add_officer(&self, o: &Officer) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO officers (telegram_id, name, role, district, state, ra, created) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (telegram_id) DO UPDATE SET name = $2, role = $3, district = $4, state = $5, ra = $6",
        )
        .bind(o.telegram_id)
        .bind(&o.name)
        .bind(o.role.as_str())
        .bind(o.district.as_deref())
        .bind(o.state.as_deref())
        .bind(o.ra.as_deref())
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Removes an officer; whether one was removed.
    pub async fn remove_officer(&self, telegram_id: i64) -> Result<bool, StoreError> {
        let r = sqlx::query("DELETE FROM officers WHERE telegram_id = $1")
            .bind(telegram_id)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() > 0)
    }

    pub async fn officer(&self, telegram_id: i64) -> Result<Option<Officer>, StoreError> {
        let row = sqlx::query(select_officers!("WHERE telegram_id = $1"))
            .bind(telegram_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(officer_from))
    }

    pub async fn officers(&self) -> Result<Vec<Officer>, StoreError> {
        let rows = sqlx::query(select_officers!("ORDER BY role, telegram_id"))
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(officer_from).collect())
    }

    /// Officers of one role whose `column` (district, state or ra) equals `value`; for admins
    /// the value is ignored.
    pub async fn officers_where(
        &self,
        role: Role,
        value: &str,
    ) -> Result<Vec<Officer>, StoreError> {
        let sql = match role {
            Role::District => {
                select_officers!("WHERE role = $1 AND district = $2 ORDER BY telegram_id")
            }
            Role::State => select_officers!("WHERE role = $1 AND state = $2 ORDER BY telegram_id"),
            Role::Ra => select_officers!("WHERE role = $1 AND ra = $2 ORDER BY telegram_id"),
            Role::Admin => select_officers!("WHERE role = $1 AND role = $2 ORDER BY telegram_id"),
        };
        let value = if role == Role::Admin { "admin" } else { value };
        let rows = sqlx::query(sql)
            .bind(role.as_str())
            .bind(value)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(officer_from).collect())
    }

    pub async fn ticket(&self, id: i64) -> Result<Option<Ticket>, StoreError> {
        let row = sqlx::query(select_tickets!("WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(ticket_from))
    }

    /// Every open ticket, oldest first.
    pub async fn open_tickets_all(&self) -> Result<Vec<Ticket>, StoreError> {
        let rows = sqlx::query(select_tickets!("WHERE status = 'open' ORDER BY id"))
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(ticket_from).collect())
    }

    /// The user's open ticket that an officer has claimed (their follow-ups go there).
    pub async fn claimed_ticket_of(&self, telegram_id: i64) -> Result<Option<Ticket>, StoreError> {
        let row = sqlx::query(select_tickets!(
            "WHERE telegram_id = $1 AND status = 'open' AND claimed_by IS NOT NULL ORDER BY id DESC LIMIT 1"
        ))
        .bind(telegram_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(ticket_from))
    }

    /// Claims an open, unclaimed ticket: `None` if this officer now holds it, else who does.
    pub async fn claim_ticket(&self, id: i64, officer: i64) -> Result<Option<i64>, StoreError> {
        let r = sqlx::query("UPDATE tickets SET claimed_by = $1 WHERE id = $2 AND status = 'open' AND claimed_by IS NULL")
            .bind(officer)
            .bind(id)
            .execute(&self.pool)
            .await?;
        if r.rows_affected() == 1 {
            return Ok(None);
        }
        Ok(self
            .ticket(id)
            .await?
            .and_then(|t| t.claimed_by)
            .filter(|&o| o != officer))
    }

    /// Closes an open ticket; whether it was open.
    pub async fn close_ticket(&self, id: i64) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE tickets SET status = 'closed', closed = $1 WHERE id = $2 AND status = 'open'",
        )
        .bind(now())
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// The user's rating (1–5) of a closed ticket of theirs; whether it was recorded.
    pub async fn rate_ticket(
        &self,
        id: i64,
        telegram_id: i64,
        stars: i32,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query("UPDATE tickets SET rating = $1 WHERE id = $2 AND telegram_id = $3 AND status = 'closed'")
            .bind(stars)
            .bind(id)
            .bind(telegram_id)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Moves a ticket to another district or routing level; it is unclaimed again.
    pub async fn move_ticket(
        &self,
        id: i64,
        district: &str,
        level: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE tickets SET district = $1, level = $2, claimed_by = NULL, reminded = 0 WHERE id = $3")
            .bind(district)
            .bind(level)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn mark_reminded(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE tickets SET reminded = 1 WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn add_ticket_message(
        &self,
        ticket: i64,
        author: &str,
        telegram_id: i64,
        text: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO ticket_messages (ticket_id, author, telegram_id, text, created) VALUES ($1, $2, $3, $4, $5)")
            .bind(ticket)
            .bind(author)
            .bind(telegram_id)
            .bind(text)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The thread of a ticket: (author, text), oldest first.
    pub async fn ticket_messages(&self, ticket: i64) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT author, text FROM ticket_messages WHERE ticket_id = $1 ORDER BY id",
        )
        .bind(ticket)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// Puts a message in the outbox; a second message with the same key is ignored (so a
    /// retried step never sends twice). Whether it was added.
    pub async fn enqueue(
        &self,
        key: &str,
        chat_id: i64,
        html: &str,
        ticket: Option<i64>,
    ) -> Result<bool, StoreError> {
        self.enqueue_with_buttons(key, chat_id, html, ticket, None)
            .await
    }

    /// Like [`Store::enqueue`], with an inline keyboard (as Bot API JSON).
    pub async fn enqueue_with_buttons(
        &self,
        key: &str,
        chat_id: i64,
        html: &str,
        ticket: Option<i64>,
        markup: Option<&str>,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "INSERT INTO outbox (idempotency_key, chat_id, html, ticket_id, next_attempt, created, markup) \
             VALUES ($1, $2, $3, $4, $5, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING",
        )
        .bind(key)
        .bind(chat_id)
        .bind(html)
        .bind(ticket)
        .bind(now())
        .bind(markup)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Messages due to be sent.
    pub async fn due_outbox(&self, at: i64, limit: i64) -> Result<Vec<OutboxRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, chat_id, html, attempts, markup FROM outbox WHERE status = 'pending' AND next_attempt <= $1 AND lease_until <= $1 \
             ORDER BY id LIMIT $2",
        )
        .bind(at)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| OutboxRow {
                id: r.get(0),
                chat_id: r.get(1),
                html: r.get(2),
                attempts: r.get(3),
                markup: r.get(4),
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

    pub async fn outbox_sent(&self, id: i64, message_id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET status = 'sent', sent_message_id = $1, lease_until = 0 WHERE id = $2")
            .bind(message_id)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn outbox_retry(&self, id: i64, next_attempt: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET attempts = attempts + 1, next_attempt = $1, lease_until = 0 WHERE id = $2")
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
        chat_id: i64,
        message_id: i64,
    ) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(
            "SELECT ticket_id FROM outbox WHERE chat_id = $1 AND sent_message_id = $2 AND ticket_id IS NOT NULL",
        )
        .bind(chat_id)
        .bind(message_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|r| r.get(0)))
    }

    /// Stores a one-time invite for the jurisdiction of `template` (its id and name unused).
    pub async fn create_invite(
        &self,
        code: &str,
        template: &Officer,
        created_by: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO invites (code, role, district, state, ra, created_by, created) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(code)
        .bind(template.role.as_str())
        .bind(template.district.as_deref())
        .bind(template.state.as_deref())
        .bind(template.ra.as_deref())
        .bind(created_by)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Redeems an unused invite: the user becomes an officer of its jurisdiction. `None` if the
    /// code is unknown or used.
    pub async fn redeem_invite(
        &self,
        code: &str,
        telegram_id: i64,
        name: &str,
    ) -> Result<Option<Officer>, StoreError> {
        let taken = sqlx::query(
            "UPDATE invites SET used_by = $1, used_at = $2 WHERE code = $3 AND used_by IS NULL",
        )
        .bind(telegram_id)
        .bind(now())
        .bind(code)
        .execute(&self.pool)
        .await?;
        if taken.rows_affected() != 1 {
            return Ok(None);
        }
        let r = sqlx::query("SELECT role, district, state, ra FROM invites WHERE code = $1")
            .bind(code)
            .fetch_one(&self.pool)
            .await?;
        let officer = Officer {
            telegram_id,
            name: name.to_string(),
            role: Role::parse(&r.get::<String, _>(0)).unwrap_or(Role::District),
            district: r.get(1),
            state: r.get(2),
            ra: r.get(3),
        };
        self.add_officer(&officer).await?;
        Ok(Some(officer))
    }

    /// The question of every ticket opened at or after `since` (Unix seconds): (ticket, text).
    pub async fn ticket_questions(&self, since: i64) -> Result<Vec<(i64, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT t.id, q.text FROM tickets t JOIN questions q ON q.id = t.question_id WHERE t.created >= $1 ORDER BY t.id",
        )
        .bind(since)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    pub async fn audit(
        &self,
        ticket: Option<i64>,
        actor: i64,
        action: &str,
        detail: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO audit_log (ticket_id, actor, action, detail, created) VALUES ($1, $2, $3, $4, $5)")
            .bind(ticket)
            .bind(actor)
            .bind(action)
            .bind(detail)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The audit log of a ticket: actions, oldest first.
    pub async fn audit_of(&self, ticket: i64) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query("SELECT action FROM audit_log WHERE ticket_id = $1 ORDER BY id")
            .bind(ticket)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(|r| r.get(0)).collect())
    }
}
