//! The inbox table: Telegram updates as received, one row per `update_id`, handled under a
//! lease. A row is claimable when it is pending, its lease has run out and no earlier update
//! of its lane (chat) is still pending, so one chat's updates are handled in order even by
//! several instances on one PostgreSQL database.

use sqlx::Row;

use crate::store::{Store, StoreError};

/// An update as it came from Telegram, for the inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUpdate {
    pub update_id: i64,
    /// The chat, else the sender, else 0: updates of one lane are handled in order.
    pub lane: i64,
    /// The update's JSON.
    pub body: String,
}

/// A pending update, as claimed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxRow {
    pub update_id: i64,
    pub lane: i64,
    pub body: String,
    /// Claims before this one (a claim after a crash counts).
    pub attempts: i32,
    /// Messages already sent for this update by an earlier handling.
    pub replies: i32,
}

/// How many rows of each status the inbox holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InboxCounts {
    pub pending: i64,
    pub done: i64,
    pub failed: i64,
}

impl Store {
    /// Writes updates to the inbox in one transaction; one already there (a redelivery) is
    /// left as it is. Returns how many were new.
    pub async fn receive_updates(&self, updates: &[NewUpdate]) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let mut added = 0;
        let at = super::now();
        for u in updates {
            let r = sqlx::query(
                "INSERT INTO inbox (update_id, lane, body, received) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (update_id) DO NOTHING",
            )
            .bind(u.update_id)
            .bind(u.lane)
            .bind(&u.body)
            .bind(at)
            .execute(&mut *tx)
            .await?;
            added += r.rows_affected();
        }
        tx.commit().await?;
        Ok(added)
    }

    /// Up to `limit` rows that may be claimed at `at`: pending, not leased, and first of their
    /// lane; oldest first.
    pub async fn claimable_updates(&self, at: i64, limit: i64) -> Result<Vec<i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT update_id FROM inbox i WHERE status = 'pending' AND lease_until <= $1 \
             AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.status = 'pending' AND e.lane = i.lane \
                             AND e.update_id < i.update_id) \
             ORDER BY update_id LIMIT $2",
        )
        .bind(at)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// Takes a row for handling by `owner` until `until`, if it is still claimable at `at`
    /// (another instance may have taken it, or an earlier update of its lane arrived since).
    /// The row, or `None` when this caller did not get it.
    pub async fn claim_update(
        &self,
        update_id: i64,
        owner: &str,
        at: i64,
        until: i64,
    ) -> Result<Option<InboxRow>, StoreError> {
        let r = sqlx::query(
            "UPDATE inbox SET lease_until = $1, owner = $2, attempts = attempts + 1 \
             WHERE update_id = $3 AND status = 'pending' AND lease_until <= $4 \
             AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.status = 'pending' \
                             AND e.lane = inbox.lane AND e.update_id < inbox.update_id)",
        )
        .bind(until)
        .bind(owner)
        .bind(update_id)
        .bind(at)
        .execute(&self.pool)
        .await?;
        if r.rows_affected() != 1 {
            return Ok(None);
        }
        let row = sqlx::query(
            "SELECT update_id, lane, body, attempts, replies FROM inbox WHERE update_id = $1 AND owner = $2",
        )
        .bind(update_id)
        .bind(owner)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| InboxRow {
            update_id: r.get(0),
            lane: r.get(1),
            body: r.get(2),
            attempts: r.get::<i32, _>(3) - 1,
            replies: r.get(4),
        }))
    }

    /// Extends every lease `owner` holds to `until` (the worker's heartbeat).
    pub async fn renew_leases(&self, owner: &str, until: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE inbox SET lease_until = $1 WHERE owner = $2 AND status = 'pending'")
            .bind(until)
            .bind(owner)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Records that `replies` messages were sent for an update (never lowers the count).
    pub async fn update_replied(&self, update_id: i64, replies: i32) -> Result<(), StoreError> {
        sqlx::query("UPDATE inbox SET replies = $1 WHERE update_id = $2 AND replies < $1")
            .bind(replies)
            .bind(update_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Marks an update handled (`failed`: given up) by `owner`; its body is dropped.
    pub async fn finish_update(
        &self,
        update_id: i64,
        owner: &str,
        failed: bool,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE inbox SET status = $1, body = '', lease_until = 0, finished = $2 \
             WHERE update_id = $3 AND owner = $4 AND status = 'pending'",
        )
        .bind(if failed { "failed" } else { "done" })
        .bind(super::now())
        .bind(update_id)
        .bind(owner)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Gives a row back for another try at once (a handling that ran out of time).
    pub async fn release_update(&self, update_id: i64, owner: &str) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE inbox SET lease_until = 0 WHERE update_id = $1 AND owner = $2 AND status = 'pending'",
        )
        .bind(update_id)
        .bind(owner)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Deletes handled and failed rows finished before `before`; how many.
    pub async fn purge_inbox(&self, before: i64) -> Result<u64, StoreError> {
        let r = sqlx::query("DELETE FROM inbox WHERE status <> 'pending' AND finished < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected())
    }

    /// How many rows the inbox holds, by status.
    pub async fn inbox_counts(&self) -> Result<InboxCounts, StoreError> {
        let rows = sqlx::query("SELECT status, COUNT(*) FROM inbox GROUP BY status")
            .fetch_all(&self.pool)
            .await?;
        let mut counts = InboxCounts::default();
        for r in rows {
            let n: i64 = r.get(1);
            match r.get::<String, _>(0).as_str() {
                "pending" => counts.pending = n,
                "done" => counts.done = n,
                _ => counts.failed += n,
            }
        }
        Ok(counts)
    }
}
