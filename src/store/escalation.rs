//! Store functions for escalation: officers, tickets and their threads, invites, the audit
//! log (the outbox is in [`outbox`]). Every value is a bound parameter; text columns are
//! parsed into the types of [`model`] once, here.

pub mod model;
pub mod outbox;

use sqlx::Row;

use super::{Store, StoreError, now};
use model::{
    Author, Jurisdiction, Level, Officer, QuestionId, TelegramId, ThreadMessage, Ticket, TicketId,
    TicketStatus,
};

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
        id: TicketId(r.get(0)),
        user: TelegramId(r.get(1)),
        question: QuestionId(r.get(2)),
        district: r.get(3),
        status: TicketStatus::parse(&r.get::<String, _>(4)).unwrap_or(TicketStatus::Open),
        claimed_by: r.get::<Option<i64>, _>(5).map(TelegramId),
        level: Level::parse(&r.get::<String, _>(6)).unwrap_or(Level::District),
        reminded: r.get::<i32, _>(7) != 0,
        created: r.get(8),
        rating: r.get(9),
    }
}

/// A (ticket id, text) row.
fn ticket_and_text(r: &sqlx::any::AnyRow) -> (TicketId, String) {
    (TicketId(r.get(0)), r.get(1))
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

/// An officer row; `None` (logged) if its jurisdiction columns do not fit its role.
fn officer_from(r: &sqlx::any::AnyRow) -> Option<Officer> {
    let id: i64 = r.get(0);
    let jurisdiction =
        Jurisdiction::from_columns(&r.get::<String, _>(2), r.get(3), r.get(4), r.get(5));
    if jurisdiction.is_none() {
        tracing::warn!(
            officer = id,
            "officer row with an invalid jurisdiction; ignored"
        );
    }
    Some(Officer {
        telegram_id: TelegramId(id),
        name: r.get(1),
        jurisdiction: jurisdiction?,
    })
}

impl Store {
    /// Registers an officer, or updates their name and jurisdiction.
    pub async fn add_officer(&self, o: &Officer) -> Result<(), StoreError> {
        let (district, state, ra) = o.jurisdiction.columns();
        sqlx::query(
            "INSERT INTO officers (telegram_id, name, role, district, state, ra, created) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (telegram_id) DO UPDATE SET name = $2, role = $3, district = $4, state = $5, ra = $6",
        )
        .bind(o.telegram_id.0)
        .bind(&o.name)
        .bind(o.level().as_str())
        .bind(district)
        .bind(state)
        .bind(ra)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Removes an officer; whether one was removed.
    pub async fn remove_officer(&self, id: TelegramId) -> Result<bool, StoreError> {
        let r = sqlx::query("DELETE FROM officers WHERE telegram_id = $1")
            .bind(id.0)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() > 0)
    }

    pub async fn officer(&self, id: TelegramId) -> Result<Option<Officer>, StoreError> {
        let row = sqlx::query(select_officers!("WHERE telegram_id = $1"))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().and_then(officer_from))
    }

    pub async fn officers(&self) -> Result<Vec<Officer>, StoreError> {
        let rows = sqlx::query(select_officers!("ORDER BY role, telegram_id"))
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().filter_map(officer_from).collect())
    }

    /// Officers of one level whose district, state or RA (by level) equals `value`; for
    /// admins the value is ignored.
    pub async fn officers_where(
        &self,
        level: Level,
        value: &str,
    ) -> Result<Vec<Officer>, StoreError> {
        let sql = match level {
            Level::District => {
                select_officers!("WHERE role = $1 AND district = $2 ORDER BY telegram_id")
            }
            Level::State => select_officers!("WHERE role = $1 AND state = $2 ORDER BY telegram_id"),
            Level::Ra => select_officers!("WHERE role = $1 AND ra = $2 ORDER BY telegram_id"),
            Level::Admin => select_officers!("WHERE role = $1 AND role = $2 ORDER BY telegram_id"),
        };
        let value = if level == Level::Admin {
            "admin"
        } else {
            value
        };
        let rows = sqlx::query(sql)
            .bind(level.as_str())
            .bind(value)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().filter_map(officer_from).collect())
    }

    /// Opens a ticket for a logged question in the user's district; a question already in
    /// an open ticket keeps that ticket. Returns the ticket number.
    pub async fn open_ticket(
        &self,
        user: TelegramId,
        question: QuestionId,
        district: &str,
    ) -> Result<TicketId, StoreError> {
        let existing = sqlx::query("SELECT id FROM tickets WHERE question_id = $1 AND telegram_id = $2 AND status = 'open'")
            .bind(question.0)
            .bind(user.0)
            .fetch_optional(&self.pool)
            .await?;
        if let Some(row) = existing {
            return Ok(TicketId(row.get(0)));
        }
        let row = sqlx::query(
            "INSERT INTO tickets (telegram_id, question_id, district, status, created) VALUES ($1, $2, $3, 'open', $4) RETURNING id",
        )
        .bind(user.0)
        .bind(question.0)
        .bind(district)
        .bind(now())
        .fetch_one(&self.pool)
        .await?;
        Ok(TicketId(row.get(0)))
    }

    /// Open tickets of a user: (ticket number, district).
    pub async fn open_tickets(
        &self,
        user: TelegramId,
    ) -> Result<Vec<(TicketId, String)>, StoreError> {
        let rows = sqlx::query("SELECT id, district FROM tickets WHERE telegram_id = $1 AND status = 'open' ORDER BY id")
            .bind(user.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(ticket_and_text).collect())
    }

    pub async fn ticket(&self, id: TicketId) -> Result<Option<Ticket>, StoreError> {
        let row = sqlx::query(select_tickets!("WHERE id = $1"))
            .bind(id.0)
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
    pub async fn claimed_ticket_of(&self, user: TelegramId) -> Result<Option<Ticket>, StoreError> {
        let row = sqlx::query(select_tickets!(
            "WHERE telegram_id = $1 AND status = 'open' AND claimed_by IS NOT NULL ORDER BY id DESC LIMIT 1"
        ))
        .bind(user.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(ticket_from))
    }

    /// Claims an open, unclaimed ticket: `None` if this officer now holds it, else who does.
    pub async fn claim_ticket(
        &self,
        id: TicketId,
        officer: TelegramId,
    ) -> Result<Option<TelegramId>, StoreError> {
        let r = sqlx::query("UPDATE tickets SET claimed_by = $1 WHERE id = $2 AND status = 'open' AND claimed_by IS NULL")
            .bind(officer.0)
            .bind(id.0)
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
    pub async fn close_ticket(&self, id: TicketId) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE tickets SET status = 'closed', closed = $1 WHERE id = $2 AND status = 'open'",
        )
        .bind(now())
        .bind(id.0)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// The user's rating (1–5) of a closed ticket of theirs; whether it was recorded.
    pub async fn rate_ticket(
        &self,
        id: TicketId,
        user: TelegramId,
        stars: i32,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query("UPDATE tickets SET rating = $1 WHERE id = $2 AND telegram_id = $3 AND status = 'closed'")
            .bind(stars)
            .bind(id.0)
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Moves a ticket to another district or routing level; it is unclaimed again.
    pub async fn move_ticket(
        &self,
        id: TicketId,
        district: &str,
        level: Level,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE tickets SET district = $1, level = $2, claimed_by = NULL, reminded = 0 WHERE id = $3")
            .bind(district)
            .bind(level.as_str())
            .bind(id.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Raises a ticket from level `from` to `to` (unclaimed, not reminded); whether this
    /// caller did it (false: another instance's SLA pass got there first).
    pub async fn raise_ticket(
        &self,
        id: TicketId,
        from: Level,
        to: Level,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE tickets SET level = $1, claimed_by = NULL, reminded = 0 WHERE id = $2 AND level = $3",
        )
        .bind(to.as_str())
        .bind(id.0)
        .bind(from.as_str())
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Marks a ticket reminded; whether this caller did it (false: it already was).
    pub async fn mark_reminded(&self, id: TicketId) -> Result<bool, StoreError> {
        let r = sqlx::query("UPDATE tickets SET reminded = 1 WHERE id = $1 AND reminded = 0")
            .bind(id.0)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn add_ticket_message(
        &self,
        ticket: TicketId,
        author: Author,
        from: TelegramId,
        text: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO ticket_messages (ticket_id, author, telegram_id, text, created) VALUES ($1, $2, $3, $4, $5)")
            .bind(ticket.0)
            .bind(author.as_str())
            .bind(from.0)
            .bind(text)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The thread of a ticket, oldest first (rows with an unknown author are skipped).
    pub async fn ticket_messages(
        &self,
        ticket: TicketId,
    ) -> Result<Vec<ThreadMessage>, StoreError> {
        let rows = sqlx::query(
            "SELECT author, text FROM ticket_messages WHERE ticket_id = $1 ORDER BY id",
        )
        .bind(ticket.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                Some(ThreadMessage {
                    author: Author::parse(&r.get::<String, _>(0))?,
                    text: r.get(1),
                })
            })
            .collect())
    }

    /// Stores a one-time invite for a jurisdiction.
    pub async fn create_invite(
        &self,
        code: &str,
        jurisdiction: &Jurisdiction,
        created_by: TelegramId,
    ) -> Result<(), StoreError> {
        let (district, state, ra) = jurisdiction.columns();
        sqlx::query(
            "INSERT INTO invites (code, role, district, state, ra, created_by, created) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(code)
        .bind(jurisdiction.level().as_str())
        .bind(district)
        .bind(state)
        .bind(ra)
        .bind(created_by.0)
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
        id: TelegramId,
        name: &str,
    ) -> Result<Option<Officer>, StoreError> {
        let taken = sqlx::query(
            "UPDATE invites SET used_by = $1, used_at = $2 WHERE code = $3 AND used_by IS NULL",
        )
        .bind(id.0)
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
        let Some(jurisdiction) =
            Jurisdiction::from_columns(&r.get::<String, _>(0), r.get(1), r.get(2), r.get(3))
        else {
            return Ok(None);
        };
        let officer = Officer {
            telegram_id: id,
            name: name.to_string(),
            jurisdiction,
        };
        self.add_officer(&officer).await?;
        Ok(Some(officer))
    }

    /// The question of every ticket opened at or after `since` (Unix seconds).
    pub async fn ticket_questions(
        &self,
        since: i64,
    ) -> Result<Vec<(TicketId, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT t.id, q.text FROM tickets t JOIN questions q ON q.id = t.question_id WHERE t.created >= $1 ORDER BY t.id",
        )
        .bind(since)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(ticket_and_text).collect())
    }

    /// Records an action in the audit log; `actor` is [`TelegramId::SYSTEM`] for the bot's
    /// own steps (SLA) and the command line.
    pub async fn audit(
        &self,
        ticket: Option<TicketId>,
        actor: TelegramId,
        action: &str,
        detail: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO audit_log (ticket_id, actor, action, detail, created) VALUES ($1, $2, $3, $4, $5)")
            .bind(ticket.map(|t| t.0))
            .bind(actor.0)
            .bind(action)
            .bind(detail)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The audit log of a ticket: actions, oldest first.
    pub async fn audit_of(&self, ticket: TicketId) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query("SELECT action FROM audit_log WHERE ticket_id = $1 ORDER BY id")
            .bind(ticket.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(|r| r.get(0)).collect())
    }
}
