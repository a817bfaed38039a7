//! Officers' announcements: drafts, confirmation, the weekly count per district, and the
//! confirmed ones waiting to be broadcast.

use std::collections::BTreeMap;

use sqlx::Row;

use crate::store::escalation::model::TelegramId;
use crate::store::{Store, StoreError, now};

/// An officer's announcement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    pub id: i64,
    pub officer: TelegramId,
    /// "district", "state" or "all".
    pub scope: String,
    pub value: String,
    /// Text per language code (English always).
    pub texts: BTreeMap<String, String>,
    pub status: String,
    pub confirmed: Option<i64>,
}

impl Store {
    /// Saves an officer's announcement as a draft; its id.
    pub async fn draft_announcement(
        &self,
        officer: TelegramId,
        scope: &str,
        value: &str,
        texts: &BTreeMap<String, String>,
    ) -> Result<i64, StoreError> {
        let json = serde_json::to_string(texts).unwrap_or_else(|_| "{}".into());
        let row = sqlx::query(
            "INSERT INTO announcements (officer_id, scope, value, texts, created) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(officer.0)
        .bind(scope)
        .bind(value)
        .bind(json)
        .bind(now())
        .fetch_one(&self.pool)
        .await?;
        Ok(row.get(0))
    }

    pub async fn announcement(&self, id: i64) -> Result<Option<Announcement>, StoreError> {
        let row = sqlx::query(
            "SELECT id, officer_id, scope, value, texts, status, confirmed FROM announcements WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| announcement_from(&r)))
    }

    /// Confirms a draft at `at`; whether this call confirmed it (a second press does not).
    pub async fn confirm_announcement(&self, id: i64, at: i64) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE announcements SET status = 'confirmed', confirmed = $1 WHERE id = $2 AND status = 'draft'",
        )
        .bind(at)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// How many announcements to (`scope`, `value`) were confirmed since `since`.
    pub async fn announcements_since(
        &self,
        scope: &str,
        value: &str,
        since: i64,
    ) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) FROM announcements WHERE scope = $1 AND value = $2 AND confirmed IS NOT NULL AND confirmed >= $3",
        )
        .bind(scope)
        .bind(value)
        .bind(since)
        .fetch_one(&self.pool)
        .await?;
        Ok(row.get(0))
    }

    /// Confirmed announcements whose broadcast is not finished (at most 20).
    pub async fn announcements_to_send(&self) -> Result<Vec<Announcement>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, officer_id, scope, value, texts, status, confirmed FROM announcements WHERE status = 'confirmed' ORDER BY id LIMIT 20",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(announcement_from).collect())
    }

    pub async fn announcement_sent(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE announcements SET status = 'sent' WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

fn announcement_from(r: &sqlx::any::AnyRow) -> Announcement {
    Announcement {
        id: r.get(0),
        officer: TelegramId(r.get(1)),
        scope: r.get(2),
        value: r.get(3),
        texts: serde_json::from_str(&r.get::<String, _>(4)).unwrap_or_default(),
        status: r.get(5),
        confirmed: r.get(6),
    }
}
