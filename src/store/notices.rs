//! Store functions for notices: users' subscriptions, the batches a broadcast reads them in
//! (by user id, after a cursor, so no broadcast holds all subscribers in memory), what each
//! broadcast has queued so far, "Done" on a yearly deadline, event reminders, officers'
//! announcements, and the broadcast rows of the outbox (priority 1, behind every ordinary
//! message). Every value is a bound parameter.

use sqlx::Row;

use super::escalation::model::TelegramId;
use super::escalation::outbox::IdempotencyKey;
use super::{Store, StoreError, now};
use crate::lang::Lang;

mod announcements;
pub use announcements::Announcement;

/// The priority of broadcast rows in the outbox (ordinary messages have 0 and go first).
pub const BROADCAST_PRIORITY: i32 = 1;

/// What a subscription is to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubscriptionKind {
    /// A district key, "STATE/DISTRICT".
    District,
    /// A state, capitals.
    State,
    /// An HS chapter or heading, digits.
    Hs,
    /// A topic code (`knowledge::notice::Topic`).
    Topic,
}

impl SubscriptionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SubscriptionKind::District => "district",
            SubscriptionKind::State => "state",
            SubscriptionKind::Hs => "hs",
            SubscriptionKind::Topic => "topic",
        }
    }

    pub fn parse(s: &str) -> Option<SubscriptionKind> {
        [
            SubscriptionKind::District,
            SubscriptionKind::State,
            SubscriptionKind::Hs,
            SubscriptionKind::Topic,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// One subscription of a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub id: i64,
    pub kind: SubscriptionKind,
    pub value: String,
    pub paused: bool,
}

/// Which subscribers one target of a notice reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// Everyone with a subscription.
    Everyone,
    /// Subscriptions of this kind with exactly this value.
    Exact(SubscriptionKind, String),
    /// District subscriptions in this state (keys starting "STATE/").
    DistrictsOf(String),
    /// HS subscriptions above or below this code (a chapter reaches its headings' subscribers
    /// and a heading its chapter's).
    Hs(String),
}

/// A subscriber as a broadcast reads them: id and language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subscriber {
    pub id: TelegramId,
    pub lang: Option<Lang>,
}

/// A rendered broadcast message for one subscriber.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BroadcastRow {
    pub key: IdempotencyKey,
    pub chat: TelegramId,
    pub html: String,
    pub markup: Option<String>,
    /// The notice (or `ann-<n>` announcement) it belongs to.
    pub notice: String,
}

/// How far a broadcast is, per outbox status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeliveryCounts {
    pub sent: i64,
    /// Not yet tried.
    pub pending: i64,
    /// Tried and refused, waiting for another try, or given up on (`failed`, not blocked).
    pub failed: i64,
    /// The user blocked the bot: not retried.
    pub blocked: i64,
}

fn subscriber(r: &sqlx::any::AnyRow) -> Subscriber {
    Subscriber {
        id: TelegramId(r.get(0)),
        lang: r
            .get::<Option<String>, _>(1)
            .and_then(|l| Lang::parse(&l).ok()),
    }
}

/// The columns and conditions every audience query shares (static SQL text, as sqlx asks).
macro_rules! audience_query {
    ($cond:literal) => {
        concat!(
            "SELECT DISTINCT s.user_id, u.language FROM subscriptions s JOIN users u ON u.telegram_id = s.user_id ",
            "WHERE s.paused = 0 AND s.user_id > $1 AND NOT EXISTS (SELECT 1 FROM notice_done d ",
            "WHERE d.user_id = s.user_id AND d.notice_id = $2 AND d.period = $3) AND ",
            $cond,
            " ORDER BY s.user_id LIMIT $4"
        )
    };
}

impl Store {
    /// Subscribes a user (opt-in); subscribing again changes nothing but resumes any of their
    /// subscriptions paused after a block. Whether it is new.
    pub async fn subscribe(
        &self,
        user: TelegramId,
        kind: SubscriptionKind,
        value: &str,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "INSERT INTO subscriptions (user_id, kind, value, created) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (user_id, kind, value) DO NOTHING",
        )
        .bind(user.0)
        .bind(kind.as_str())
        .bind(value)
        .bind(now())
        .execute(&self.pool)
        .await?;
        self.resume_subscriptions(user).await?;
        Ok(r.rows_affected() > 0)
    }

    pub async fn subscriptions(&self, user: TelegramId) -> Result<Vec<Subscription>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, kind, value, paused FROM subscriptions WHERE user_id = $1 ORDER BY id LIMIT 100",
        )
        .bind(user.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                Some(Subscription {
                    id: r.get(0),
                    kind: SubscriptionKind::parse(&r.get::<String, _>(1))?,
                    value: r.get(2),
                    paused: r.get::<i32, _>(3) != 0,
                })
            })
            .collect())
    }

    /// Removes one subscription of this user; whether there was one.
    pub async fn unsubscribe(&self, user: TelegramId, id: i64) -> Result<bool, StoreError> {
        let r = sqlx::query("DELETE FROM subscriptions WHERE id = $1 AND user_id = $2")
            .bind(id)
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Removes all of a user's subscriptions, reminders and "Done" marks, and the broadcast
    /// messages still waiting for them; how many subscriptions there were.
    pub async fn unsubscribe_all(&self, user: TelegramId) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await?;
        let r = sqlx::query("DELETE FROM subscriptions WHERE user_id = $1")
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        for sql in [
            "DELETE FROM notice_reminders WHERE user_id = $1",
            "DELETE FROM outbox WHERE chat_id = $1 AND notice_id IS NOT NULL AND status = 'pending'",
        ] {
            sqlx::query(sql).bind(user.0).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(r.rows_affected())
    }

    /// Everything about notices stored for a user (for /forget).
    pub async fn forget_subscriptions(&self, user: TelegramId) -> Result<(), StoreError> {
        self.unsubscribe_all(user).await?;
        sqlx::query("DELETE FROM notice_done WHERE user_id = $1")
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM outbox WHERE chat_id = $1 AND notice_id IS NOT NULL")
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Telegram refused a message because the user blocked the bot: their subscriptions
    /// pause until they subscribe again.
    pub async fn pause_subscriptions(&self, user: TelegramId) -> Result<(), StoreError> {
        sqlx::query("UPDATE subscriptions SET paused = 1 WHERE user_id = $1")
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn resume_subscriptions(&self, user: TelegramId) -> Result<(), StoreError> {
        sqlx::query("UPDATE subscriptions SET paused = 0 WHERE user_id = $1 AND paused = 1")
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// At most `limit` subscribers of `audience` with ids above `after`, in id order, leaving
    /// out paused ones and those who said "Done" on (`notice`, `period`).
    pub async fn audience_batch(
        &self,
        audience: &Audience,
        notice: &str,
        period: &str,
        after: i64,
        limit: i64,
    ) -> Result<Vec<Subscriber>, StoreError> {
        let (sql, extra): (&'static str, Vec<String>) = match audience {
            Audience::Everyone => (audience_query!("1 = 1"), vec![]),
            Audience::Exact(kind, value) => (
                audience_query!("s.kind = $5 AND s.value = $6"),
                vec![kind.as_str().to_string(), value.clone()],
            ),
            Audience::DistrictsOf(state) => (
                audience_query!("s.kind = 'district' AND s.value LIKE $5"),
                vec![format!("{state}/%")],
            ),
            Audience::Hs(code) => (
                audience_query!(
                    "s.kind = 'hs' AND (s.value = substr($5, 1, length(s.value)) OR s.value LIKE $6)"
                ),
                vec![code.clone(), format!("{code}%")],
            ),
        };
        let mut q = sqlx::query(sql)
            .bind(after)
            .bind(notice.to_string())
            .bind(period.to_string())
            .bind(limit);
        for value in extra {
            q = q.bind(value);
        }
        let rows = q.fetch_all(&self.pool).await?;
        Ok(rows.iter().map(subscriber).collect())
    }

    /// Where a broadcast of (`notice`, `period`) stands: the last user id queued and whether
    /// it is done; `None` if it has not started.
    pub async fn broadcast_progress(
        &self,
        notice: &str,
        period: &str,
    ) -> Result<Option<(i64, bool)>, StoreError> {
        let row = sqlx::query(
            "SELECT last_user, done FROM notice_progress WHERE notice_id = $1 AND period = $2",
        )
        .bind(notice)
        .bind(period)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| (r.get(0), r.get::<i32, _>(1) != 0)))
    }

    /// Queues one batch of a broadcast and moves its cursor, in one transaction: a crash
    /// leaves both as they were, and a row queued twice is ignored by its key.
    pub async fn queue_broadcast_batch(
        &self,
        notice: &str,
        period: &str,
        rows: &[BroadcastRow],
        last_user: i64,
        done: bool,
    ) -> Result<usize, StoreError> {
        let t = now();
        let mut tx = self.pool.begin().await?;
        let mut added = 0;
        for m in rows {
            let r = sqlx::query(
                "INSERT INTO outbox (idempotency_key, chat_id, html, next_attempt, created, markup, priority, notice_id) \
                 VALUES ($1, $2, $3, $4, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING",
            )
            .bind(m.key.as_str())
            .bind(m.chat.0)
            .bind(&m.html)
            .bind(t)
            .bind(m.markup.as_deref())
            .bind(BROADCAST_PRIORITY)
            .bind(&m.notice)
            .execute(&mut *tx)
            .await?;
            added += r.rows_affected() as usize;
        }
        sqlx::query(
            "INSERT INTO notice_progress (notice_id, period, last_user, done, started) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (notice_id, period) DO UPDATE SET last_user = $3, done = $4",
        )
        .bind(notice)
        .bind(period)
        .bind(last_user)
        .bind(i32::from(done))
        .bind(t)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(added)
    }

    /// Queues one broadcast-priority message (an event reminder); whether it was new.
    pub async fn queue_reminder(&self, m: &BroadcastRow) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "INSERT INTO outbox (idempotency_key, chat_id, html, next_attempt, created, markup, priority, notice_id) \
             VALUES ($1, $2, $3, $4, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING",
        )
        .bind(m.key.as_str())
        .bind(m.chat.0)
        .bind(&m.html)
        .bind(now())
        .bind(m.markup.as_deref())
        .bind(BROADCAST_PRIORITY)
        .bind(&m.notice)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() > 0)
    }

    /// The outbox rows of a notice, per status.
    pub async fn delivery_counts(&self, notice: &str) -> Result<DeliveryCounts, StoreError> {
        let rows = sqlx::query(
            "SELECT status, CASE WHEN attempts > 0 THEN 1 ELSE 0 END AS tried, \
             CASE WHEN failure = 'blocked' THEN 1 ELSE 0 END AS blocked, COUNT(*) FROM outbox \
             WHERE notice_id = $1 GROUP BY status, tried, blocked",
        )
        .bind(notice)
        .fetch_all(&self.pool)
        .await?;
        let mut c = DeliveryCounts::default();
        for r in rows {
            let status: String = r.get(0);
            let tried = r.get::<i32, _>(1) != 0;
            let blocked = r.get::<i32, _>(2) != 0;
            let n: i64 = r.get(3);
            match (status.as_str(), tried, blocked) {
                ("sent", _, _) => c.sent += n,
                ("failed", _, true) => c.blocked += n,
                ("failed", _, false) | (_, true, _) => c.failed += n,
                _ => c.pending += n,
            }
        }
        Ok(c)
    }

    /// A user's "Done" on a yearly deadline for one period.
    pub async fn mark_done(
        &self,
        user: TelegramId,
        notice: &str,
        period: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO notice_done (user_id, notice_id, period, created) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (user_id, notice_id, period) DO NOTHING",
        )
        .bind(user.0)
        .bind(notice)
        .bind(period)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// "Remind me the day before" on an event; whether it is new.
    pub async fn add_reminder(&self, user: TelegramId, notice: &str) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "INSERT INTO notice_reminders (user_id, notice_id, created) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, notice_id) DO NOTHING",
        )
        .bind(user.0)
        .bind(notice)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() > 0)
    }

    /// At most `limit` reminders of a notice not yet queued, with each user's language.
    pub async fn due_reminders(
        &self,
        notice: &str,
        limit: i64,
    ) -> Result<Vec<Subscriber>, StoreError> {
        let rows = sqlx::query(
            "SELECT r.user_id, u.language FROM notice_reminders r JOIN users u ON u.telegram_id = r.user_id \
             WHERE r.notice_id = $1 AND r.sent = 0 ORDER BY r.user_id LIMIT $2",
        )
        .bind(notice)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(subscriber).collect())
    }

    pub async fn reminder_queued(&self, user: TelegramId, notice: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE notice_reminders SET sent = 1 WHERE user_id = $1 AND notice_id = $2")
            .bind(user.0)
            .bind(notice)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
