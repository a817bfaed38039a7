//! Personal data (DPDP Act 2023): everything stored about one user, as a JSON document they
//! are sent (`/mydata`); erasure (`/forget`), which deletes or anonymises every row of every
//! table that names them; and retention, which deletes question texts and closed tickets
//! older than `retention_days`.
//!
//! Where a user id or a user's text can be, table by table: `users` (the row), `questions`
//! (text), `feedback`, `tickets` (asker, or `claimed_by` for an officer), `ticket_messages`
//! (text; an officer's answers carry their id), `outbox` (messages to them, and messages to
//! officers about their tickets, which quote them), `audit_log` (`actor`, and rows of their
//! tickets), `invites` (`created_by`, `used_by`) and `officers` (an officer's registration,
//! which admins manage with `officer add/remove`; it is shown, not deleted). An export shows
//! the user's rows without the ids of the officers who worked on them.

use serde_json::{Map, Value, json};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Store, StoreError, TelegramId, now};

/// At most this many rows of each table go into one export (the newest), so a document's
/// size is bounded; `truncated` says when a table had more.
pub const EXPORT_ROWS: i64 = 1000;

/// What a retention run deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub questions: u64,
    pub tickets: u64,
}

/// The kind of a column, for turning a row into JSON (integers are read as BIGINT on both
/// backends: the queries below cast them).
#[derive(Clone, Copy)]
enum Col {
    Int(&'static str),
    Text(&'static str),
}

fn to_json(r: &AnyRow, cols: &[Col]) -> Value {
    let mut m = Map::new();
    for (i, c) in cols.iter().enumerate() {
        let (name, v) = match *c {
            Col::Int(n) => (n, json!(r.get::<Option<i64>, _>(i))),
            Col::Text(n) => (n, json!(r.get::<Option<String>, _>(i))),
        };
        m.insert(name.to_string(), v);
    }
    Value::Object(m)
}

use Col::{Int, Text};

/// One table's part of an export: (name in the document, SQL with `$1` the user and `$2` the
/// row limit, its columns).
const PARTS: &[(&str, &str, &[Col])] = &[
    (
        "questions",
        "SELECT id, lang, text, CAST(answered AS BIGINT), CAST(confidence AS BIGINT), top_result, created \
         FROM questions WHERE telegram_id = $1 ORDER BY id DESC LIMIT $2",
        &[
            Int("id"),
            Text("language"),
            Text("text"),
            Int("answered"),
            Int("confidence_per_mille"),
            Text("top_result"),
            Int("created"),
        ],
    ),
    (
        "feedback",
        "SELECT question_id, CAST(helpful AS BIGINT), created FROM feedback WHERE telegram_id = $1 \
         ORDER BY created DESC LIMIT $2",
        &[Int("question_id"), Int("helpful"), Int("created")],
    ),
    (
        "tickets",
        "SELECT id, question_id, district, status, level, CASE WHEN claimed_by IS NULL THEN 0 ELSE 1 END, \
         CAST(rating AS BIGINT), created, closed \
         FROM tickets WHERE telegram_id = $1 ORDER BY id DESC LIMIT $2",
        &[
            Int("id"),
            Int("question_id"),
            Text("district"),
            Text("status"),
            Text("level"),
            Int("claimed_by_an_officer"),
            Int("rating"),
            Int("created"),
            Int("closed"),
        ],
    ),
    (
        "ticket_messages",
        "SELECT ticket_id, author, text, created FROM ticket_messages \
         WHERE ticket_id IN (SELECT id FROM tickets WHERE telegram_id = $1) OR telegram_id = $1 \
         ORDER BY id DESC LIMIT $2",
        &[
            Int("ticket_id"),
            Text("author"),
            Text("text"),
            Int("created"),
        ],
    ),
    (
        "messages_queued",
        "SELECT ticket_id, CASE WHEN chat_id = $1 THEN 'you' ELSE 'an officer' END, status, html, created FROM outbox \
         WHERE chat_id = $1 OR ticket_id IN (SELECT id FROM tickets WHERE telegram_id = $1) \
         ORDER BY id DESC LIMIT $2",
        &[
            Int("ticket_id"),
            Text("to"),
            Text("status"),
            Text("html"),
            Int("created"),
        ],
    ),
    (
        "audit_log",
        "SELECT ticket_id, CASE WHEN actor = $1 THEN actor END, action, detail, created FROM audit_log \
         WHERE actor = $1 OR ticket_id IN (SELECT id FROM tickets WHERE telegram_id = $1) \
         ORDER BY id DESC LIMIT $2",
        &[
            Int("ticket_id"),
            Int("actor_if_you"),
            Text("action"),
            Text("detail"),
            Int("created"),
        ],
    ),
    (
        "officer",
        "SELECT name, role, district, state, ra, created FROM officers WHERE telegram_id = $1 LIMIT $2",
        &[
            Text("name"),
            Text("role"),
            Text("district"),
            Text("state"),
            Text("ra"),
            Int("created"),
        ],
    ),
    (
        "invites",
        "SELECT role, district, state, ra, created_by, used_by, created, used_at FROM invites \
         WHERE created_by = $1 OR used_by = $1 ORDER BY created DESC LIMIT $2",
        &[
            Text("role"),
            Text("district"),
            Text("state"),
            Text("ra"),
            Int("created_by"),
            Int("used_by"),
            Int("created"),
            Int("used_at"),
        ],
    ),
];

/// What `/forget` runs, in one transaction, `$1` the user. Rows about the user go; rows
/// where they acted on others' tickets (an officer) keep the action but lose the name.
const FORGET: &[&str] = &[
    "DELETE FROM ticket_messages WHERE ticket_id IN (SELECT id FROM tickets WHERE telegram_id = $1)",
    "DELETE FROM outbox WHERE ticket_id IN (SELECT id FROM tickets WHERE telegram_id = $1) OR chat_id = $1",
    "DELETE FROM audit_log WHERE ticket_id IN (SELECT id FROM tickets WHERE telegram_id = $1)",
    "UPDATE audit_log SET actor = NULL, detail = NULL WHERE actor = $1",
    "UPDATE ticket_messages SET telegram_id = 0 WHERE telegram_id = $1",
    "UPDATE tickets SET claimed_by = NULL WHERE claimed_by = $1",
    "DELETE FROM tickets WHERE telegram_id = $1",
    "DELETE FROM feedback WHERE telegram_id = $1 OR question_id IN (SELECT id FROM questions WHERE telegram_id = $1)",
    "DELETE FROM questions WHERE telegram_id = $1",
    "UPDATE invites SET used_by = 0 WHERE used_by = $1",
    "UPDATE invites SET created_by = 0 WHERE created_by = $1",
    // Handled updates of the user's chat (their bodies are already blank; the chat id goes
    // too). The update being handled and any still waiting stay, to be handled.
    "DELETE FROM inbox WHERE lane = $1 AND status <> 'pending'",
    "DELETE FROM users WHERE telegram_id = $1",
];

/// What retention runs first, `$1` the cutoff: the rows that belong to expired tickets (closed
/// before the cutoff), and sent messages of no ticket.
const PURGE_OF_TICKETS: &[&str] = &[
    "DELETE FROM ticket_messages WHERE ticket_id IN \
     (SELECT id FROM tickets WHERE status = 'closed' AND closed IS NOT NULL AND closed < $1)",
    "DELETE FROM outbox WHERE ticket_id IN \
     (SELECT id FROM tickets WHERE status = 'closed' AND closed IS NOT NULL AND closed < $1) \
     OR (ticket_id IS NULL AND status = 'sent' AND created < $1)",
    "DELETE FROM audit_log WHERE ticket_id IN \
     (SELECT id FROM tickets WHERE status = 'closed' AND closed IS NOT NULL AND closed < $1)",
];

impl Store {
    /// Everything stored about a user, as one JSON document (the newest [`EXPORT_ROWS`] rows
    /// of each table).
    pub async fn personal_data(&self, user: TelegramId) -> Result<Value, StoreError> {
        let mut doc = Map::new();
        doc.insert("telegram_id".into(), json!(user.0));
        doc.insert("exported".into(), json!(now()));
        let row = sqlx::query(
            "SELECT language, district, state, first_seen, last_seen FROM users WHERE telegram_id = $1",
        )
        .bind(user.0)
        .fetch_optional(&self.pool)
        .await?;
        let cols = [
            Text("language"),
            Text("district"),
            Text("dialogue_state"),
            Int("first_seen"),
            Int("last_seen"),
        ];
        doc.insert(
            "user".into(),
            row.map_or(Value::Null, |r| to_json(&r, &cols)),
        );
        let mut truncated = false;
        for (name, sql, cols) in PARTS {
            let rows = sqlx::query(*sql)
                .bind(user.0)
                .bind(EXPORT_ROWS)
                .fetch_all(&self.pool)
                .await?;
            truncated |= rows.len() as i64 >= EXPORT_ROWS;
            let list: Vec<Value> = rows.iter().map(|r| to_json(r, cols)).collect();
            doc.insert((*name).to_string(), Value::Array(list));
        }
        doc.insert("truncated".into(), json!(truncated));
        Ok(Value::Object(doc))
    }

    /// Deletes everything stored about a user (DPDP Act 2023, right to erasure), and
    /// anonymises the rows where they acted on other users' tickets.
    pub async fn forget(&self, user: TelegramId) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for sql in FORGET {
            sqlx::query(*sql).bind(user.0).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Retention: deletes tickets closed before `cutoff` (Unix seconds) with their thread,
    /// messages and audit rows, and question texts logged before `cutoff` that no remaining
    /// ticket refers to, with their feedback; sent messages of no ticket go too.
    pub async fn purge_before(&self, cutoff: i64) -> Result<Purged, StoreError> {
        let mut tx = self.pool.begin().await?;
        for sql in PURGE_OF_TICKETS {
            sqlx::query(*sql).bind(cutoff).execute(&mut *tx).await?;
        }
        let tickets = sqlx::query(
            "DELETE FROM tickets WHERE status = 'closed' AND closed IS NOT NULL AND closed < $1",
        )
        .bind(cutoff)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query(
            "DELETE FROM feedback WHERE question_id IN (SELECT id FROM questions WHERE created < $1 \
             AND id NOT IN (SELECT question_id FROM tickets))",
        )
        .bind(cutoff)
        .execute(&mut *tx)
        .await?;
        let questions = sqlx::query(
            "DELETE FROM questions WHERE created < $1 AND id NOT IN (SELECT question_id FROM tickets)",
        )
        .bind(cutoff)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(Purged { questions, tickets })
    }
}
