//! The store: users, their questions and feedback (and, with escalation, tickets), in SQLite
//! by default or PostgreSQL when `DATABASE_URL=postgres://...`. One function per query;
//! every value is a bound parameter (`$1`), never spliced into SQL text.
//!
//! Both backends go through `sqlx::Any`, so the same queries run on each; times are stored as
//! Unix seconds and flags as 0/1 integers (Any has no date or boolean type that both share).
//! Migrations live in `migrations/sqlite` and `migrations/postgres`, chosen by the backend.

use std::str::FromStr;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor, Row};

use crate::lang::Lang;

mod escalation;
mod notices;
pub mod personal;
pub use escalation::model::{
    Author, Jurisdiction, Level, Officer, QuestionId, TelegramId, ThreadMessage, Ticket, TicketId,
    TicketStatus,
};
pub use escalation::outbox::{FailedRow, Failure, IdempotencyKey, NewOutbox, OutboxRow};
mod inbox;
pub use inbox::{InboxCounts, InboxRow, NewUpdate};
pub use notices::{
    Announcement, Audience, BROADCAST_PRIORITY, BroadcastRow, DeliveryCounts, Subscriber,
    Subscription, SubscriptionKind,
};

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be reached or a query failed.
    #[error("database: {0}")]
    Sqlx(#[from] sqlx::Error),
    /// A migration failed.
    #[error("database migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The database URL names no supported database.
    #[error("unsupported database URL (expected sqlite:... or postgres://...)")]
    UnsupportedUrl,
    /// The folder for a SQLite file could not be created.
    #[error("cannot create {0}: {1}")]
    Folder(String, std::io::Error),
}

/// Where a user is in a conversation with several steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogueState {
    /// Nothing pending: text is a question.
    Idle,
    /// The next text is a district name or PIN code (or, if it is not one, a question).
    AwaitingDistrict,
    /// The district was asked for once more, with a Skip button, after a question asked
    /// instead; the next text that is not a district ends the asking.
    AwaitingDistrictAgain,
    /// The next text is a state to subscribe to.
    AwaitingSubscriptionState,
    /// The next text is a product or HS code to subscribe to.
    AwaitingSubscriptionProduct,
}

impl DialogueState {
    fn as_str(self) -> &'static str {
        match self {
            DialogueState::Idle => "idle",
            DialogueState::AwaitingDistrict => "awaiting_district",
            DialogueState::AwaitingDistrictAgain => "awaiting_district_again",
            DialogueState::AwaitingSubscriptionState => "awaiting_subscription_state",
            DialogueState::AwaitingSubscriptionProduct => "awaiting_subscription_product",
        }
    }

    /// Whether the bot waits for a district.
    pub fn awaits_district(self) -> bool {
        matches!(
            self,
            DialogueState::AwaitingDistrict | DialogueState::AwaitingDistrictAgain
        )
    }
}

impl FromStr for DialogueState {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "idle" => Ok(DialogueState::Idle),
            "awaiting_district" => Ok(DialogueState::AwaitingDistrict),
            "awaiting_district_again" => Ok(DialogueState::AwaitingDistrictAgain),
            "awaiting_subscription_state" => Ok(DialogueState::AwaitingSubscriptionState),
            "awaiting_subscription_product" => Ok(DialogueState::AwaitingSubscriptionProduct),
            _ => Err(()),
        }
    }
}

/// A Telegram user as the helpdesk knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub telegram_id: TelegramId,
    pub language: Option<Lang>,
    /// "STATE/DISTRICT", the key of `knowledge::District`.
    pub district: Option<String>,
    pub state: DialogueState,
    pub first_seen: i64,
    pub last_seen: i64,
    /// Since when they have blocked the bot (Unix seconds); `None` while they are active.
    pub inactive_since: Option<i64>,
}

/// A question as logged.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionRow {
    pub id: QuestionId,
    pub telegram_id: TelegramId,
    pub lang: String,
    pub text: String,
    pub answered: bool,
    pub top_result: Option<String>,
}

/// The database.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    postgres: bool,
}

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl Store {
    /// Connects (creating a SQLite file and its folder on first use) and runs migrations.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        install_default_drivers();
        let postgres = url.starts_with("postgres://") || url.starts_with("postgresql://");
        let sqlite = url.starts_with("sqlite:");
        if !postgres && !sqlite {
            return Err(StoreError::UnsupportedUrl);
        }
        let memory = url.contains(":memory:") || url.contains("mode=memory");
        let mut url = url.to_string();
        if sqlite && !memory {
            let path = url
                .trim_start_matches("sqlite://")
                .trim_start_matches("sqlite:");
            let path = path.split('?').next().unwrap_or_default().to_string();
            if let Some(parent) = std::path::Path::new(&path)
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
            {
                std::fs::create_dir_all(parent)
                    .map_err(|e| StoreError::Folder(parent.display().to_string(), e))?;
            }
            if !url.contains("mode=") {
                url.push_str(if url.contains('?') {
                    "&mode=rwc"
                } else {
                    "?mode=rwc"
                });
            }
        }
        // Each in-memory SQLite connection is its own database: keep one.
        let max = if memory {
            1
        } else if sqlite {
            4
        } else {
            8
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if sqlite {
                        conn.execute("PRAGMA busy_timeout = 5000").await?;
                        if !memory {
                            // WAL with synchronous=NORMAL: a crash of the bot loses nothing;
                            // only a power cut can lose the last transactions.
                            conn.execute("PRAGMA journal_mode = WAL").await?;
                            conn.execute("PRAGMA synchronous = NORMAL").await?;
                        }
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        if postgres {
            sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        } else {
            sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        }
        Ok(Store { pool, postgres })
    }

    /// Whether this store is PostgreSQL (else SQLite).
    pub fn is_postgres(&self) -> bool {
        self.postgres
    }

    /// Records that a user was seen, creating them on first contact with the language their
    /// Telegram app uses (when it is one of ours). Returns the user.
    pub async fn touch_user(
        &self,
        telegram_id: TelegramId,
        app_language: Option<Lang>,
    ) -> Result<User, StoreError> {
        let t = now();
        sqlx::query(
            "INSERT INTO users (telegram_id, language, state, first_seen, last_seen) VALUES ($1, $2, 'idle', $3, $3) \
             ON CONFLICT (telegram_id) DO UPDATE SET last_seen = $3",
        )
        .bind(telegram_id.0)
        .bind(app_language.map(|l| l.code().to_string()))
        .bind(t)
        .execute(&self.pool)
        .await?;
        Ok(self
            .user(telegram_id)
            .await?
            .expect("the user was just written"))
    }

    pub async fn user(&self, telegram_id: TelegramId) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(
            "SELECT telegram_id, language, district, state, first_seen, last_seen, inactive_since FROM users WHERE telegram_id = $1",
        )
        .bind(telegram_id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| User {
            telegram_id: TelegramId(r.get(0)),
            language: r
                .get::<Option<String>, _>(1)
                .and_then(|l| Lang::parse(&l).ok()),
            district: r.get(2),
            state: r.get::<String, _>(3).parse().unwrap_or(DialogueState::Idle),
            first_seen: r.get(4),
            last_seen: r.get(5),
            inactive_since: r.get(6),
        }))
    }

    pub async fn set_language(
        &self,
        telegram_id: TelegramId,
        lang: Lang,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET language = $1 WHERE telegram_id = $2")
            .bind(lang.code())
            .bind(telegram_id.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn set_district(
        &self,
        telegram_id: TelegramId,
        district_key: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET district = $1, state = 'idle' WHERE telegram_id = $2")
            .bind(district_key)
            .bind(telegram_id.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn set_state(
        &self,
        telegram_id: TelegramId,
        state: DialogueState,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET state = $1 WHERE telegram_id = $2")
            .bind(state.as_str())
            .bind(telegram_id.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Logs a question and returns its id (used in the feedback buttons).
    pub async fn log_question(
        &self,
        telegram_id: TelegramId,
        lang: Lang,
        text: &str,
        answered: bool,
        confidence: f32,
        top_result: Option<&str>,
    ) -> Result<QuestionId, StoreError> {
        self.log_question_of(
            None,
            telegram_id,
            lang,
            text,
            answered,
            confidence,
            top_result,
        )
        .await
    }

    /// Like [`Store::log_question`], for a question that came in the Telegram update `update`:
    /// logging it again (the update handled again after a crash) returns the question
    /// already logged.
    #[allow(clippy::too_many_arguments)]
    pub async fn log_question_of(
        &self,
        update: Option<i64>,
        telegram_id: TelegramId,
        lang: Lang,
        text: &str,
        answered: bool,
        confidence: f32,
        top_result: Option<&str>,
    ) -> Result<QuestionId, StoreError> {
        if let Some(update) = update {
            let known = sqlx::query("SELECT id FROM questions WHERE update_id = $1")
                .bind(update)
                .fetch_optional(&self.pool)
                .await?;
            if let Some(row) = known {
                return Ok(QuestionId(row.get(0)));
            }
        }
        let row = sqlx::query(
            "INSERT INTO questions (telegram_id, lang, text, answered, confidence, top_result, created, update_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(telegram_id.0)
        .bind(lang.code())
        .bind(text)
        .bind(i32::from(answered))
        .bind((confidence * 1000.0).round() as i32)
        .bind(top_result)
        .bind(now())
        .bind(update)
        .fetch_one(&self.pool)
        .await?;
        Ok(QuestionId(row.get(0)))
    }

    /// The latest question with exactly this text from this user since `since` (Unix
    /// seconds), to treat a repeated or redelivered message as the same question.
    pub async fn recent_question(
        &self,
        telegram_id: TelegramId,
        text: &str,
        since: i64,
    ) -> Result<Option<QuestionId>, StoreError> {
        let row = sqlx::query(
            "SELECT id FROM questions WHERE telegram_id = $1 AND text = $2 AND created >= $3 ORDER BY id DESC LIMIT 1",
        )
        .bind(telegram_id.0)
        .bind(text)
        .bind(since)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| QuestionId(r.get(0))))
    }

    pub async fn question(&self, id: QuestionId) -> Result<Option<QuestionRow>, StoreError> {
        let row = sqlx::query(
            "SELECT id, telegram_id, lang, text, answered, top_result FROM questions WHERE id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| QuestionRow {
            id: QuestionId(r.get(0)),
            telegram_id: TelegramId(r.get(1)),
            lang: r.get(2),
            text: r.get(3),
            answered: r.get::<i32, _>(4) != 0,
            top_result: r.get(5),
        }))
    }

    /// Records 👍 or 👎 on a question; a second press replaces the first.
    pub async fn feedback(
        &self,
        question_id: QuestionId,
        telegram_id: TelegramId,
        helpful: bool,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO feedback (question_id, telegram_id, helpful, created) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (question_id, telegram_id) DO UPDATE SET helpful = $3, created = $4",
        )
        .bind(question_id.0)
        .bind(telegram_id.0)
        .bind(i32::from(helpful))
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// How a user rated a question, if they did.
    pub async fn feedback_of(
        &self,
        question_id: QuestionId,
        telegram_id: TelegramId,
    ) -> Result<Option<bool>, StoreError> {
        let row =
            sqlx::query("SELECT helpful FROM feedback WHERE question_id = $1 AND telegram_id = $2")
                .bind(question_id.0)
                .bind(telegram_id.0)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|r| r.get::<i32, _>(0) != 0))
    }

    /// How many questions a user has logged.
    pub async fn question_count(&self, telegram_id: TelegramId) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) FROM questions WHERE telegram_id = $1")
            .bind(telegram_id.0)
            .fetch_one(&self.pool)
            .await?;
        Ok(row.get(0))
    }
}
