//! The outbox worker: sends queued ticket messages until Telegram accepts each, and gives up
//! honestly when it will not. Rows live in the database, so a restart resumes where the last
//! run stopped; a row is `pending`, `sent` or `failed`:
//!
//! - a lease (under a token of this worker) keeps two bot instances from sending the same
//!   row; it is renewed while the row is being sent, so it cannot expire while the sender
//!   waits out a 429 (here, or inside teloxide's `Throttle`);
//! - a split message records each part Telegram accepted, so a retry resumes from the failed
//!   part;
//! - 429, 5xx, network failures and HTML error pages are retried with backoff (a short 429 is
//!   waited out in place), at most [`Policy::max_attempts`] times, then the row is `failed`;
//! - a user who blocked the bot (403) is marked inactive and the row is `failed` at once
//!   (queued again when they write); any other refusal (400) is `failed` at once.
//!
//! Admins list and retry failed rows with `export-helpdesk outbox failed|retry`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use teloxide::types::ChatId;

use crate::store::{Failure, OutboxRow, Store, StoreError, TelegramId, now};
use crate::telegram::Telegram;
use crate::telegram::keyboard::stored_markup;
use crate::telegram::send::{Outgoing, SendError};

/// How the worker paces itself.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Tries of a row before it is `failed` (`outbox_max_attempts`, default 8).
    pub max_attempts: u32,
    /// How long a lease lasts between renewals (renewed every third of it while sending).
    pub lease: Duration,
    /// The longest 429 `retry_after` waited out in place (longer: the row is retried later).
    pub max_wait: Duration,
    /// The pause when nothing is due.
    pub idle: Duration,
    /// Broadcast rows sent a second at most (`None`: as fast as Telegram takes them, for
    /// tests and benchmarks). Ordinary rows are never paced and always go first.
    pub broadcasts_per_second: Option<u32>,
}

impl Policy {
    /// This policy with broadcasts paced at `per_second` (0: not paced).
    pub fn paced(mut self, per_second: u32) -> Policy {
        self.broadcasts_per_second = (per_second > 0).then_some(per_second);
        self
    }
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            max_attempts: 8,
            lease: Duration::from_secs(30),
            max_wait: Duration::from_secs(60),
            idle: Duration::from_millis(250),
            broadcasts_per_second: None,
        }
    }
}

/// How many broadcast messages a second the worker sends at most: below Telegram's 30 a
/// second in all, leaving room for the replies the bot sends directly.
pub const BROADCASTS_PER_SECOND: u32 = 20;

/// The pace of broadcast rows: at most `per_second` a second (`None`: as fast as Telegram
/// takes them, for tests and benchmarks).
#[derive(Debug, Clone)]
pub struct Pace {
    per_second: Option<u32>,
    window: Instant,
    sent: u32,
}

impl Pace {
    pub fn new(per_second: Option<u32>) -> Pace {
        Pace {
            per_second: per_second.filter(|n| *n > 0),
            window: Instant::now(),
            sent: 0,
        }
    }

    /// Whether one more broadcast message may go now (and counts it).
    fn take(&mut self) -> bool {
        let Some(limit) = self.per_second else {
            return true;
        };
        if self.window.elapsed() >= Duration::from_secs(1) {
            self.window = Instant::now();
            self.sent = 0;
        }
        if self.sent >= limit {
            return false;
        }
        self.sent += 1;
        true
    }
}

/// Sends what is due with no pace for broadcasts, then waits; runs until the task is
/// dropped.
pub async fn run<B: Telegram>(bot: B, store: Store) {
    run_with(bot, store, Policy::default()).await
}

/// [`run`] with a policy.
pub async fn run_with<B: Telegram>(bot: B, store: Store, policy: Policy) {
    let worker = Worker::new(policy);
    loop {
        match worker.deliver_due(&bot, &store).await {
            Ok(0) => tokio::time::sleep(worker.policy.idle).await,
            Ok(_) => {}
            Err(e) => {
                tracing::error!(error = %e, "outbox: database error");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

/// One pass over the due rows with the default policy; how many were attempted.
pub async fn deliver_due<B: Telegram>(bot: &B, store: &Store) -> Result<usize, StoreError> {
    Worker::new(Policy::default()).deliver_due(bot, store).await
}

/// One outbox worker: its policy and the token its leases are taken under.
pub struct Worker {
    policy: Policy,
    token: String,
    pace: std::sync::Mutex<Pace>,
}

/// How a try at a row ended.
enum Outcome {
    Delivered,
    Failed(SendError),
    /// The lease expired and another worker may hold the row: leave it alone.
    LeaseLost,
}

impl Worker {
    pub fn new(policy: Policy) -> Worker {
        Worker {
            pace: std::sync::Mutex::new(Pace::new(policy.broadcasts_per_second)),
            policy,
            token: lease_token(),
        }
    }

    fn lease_secs(&self) -> i64 {
        i64::try_from(self.policy.lease.as_secs())
            .unwrap_or(i64::MAX / 4)
            .max(1)
    }

    /// One pass over the due rows, ordinary ones first; broadcast rows end the pass when the
    /// pace is used up. How many were attempted.
    pub async fn deliver_due<B: Telegram>(
        &self,
        bot: &B,
        store: &Store,
    ) -> Result<usize, StoreError> {
        let t = now();
        let due = store.due_outbox(t, 20).await?;
        let mut attempted = 0;
        for row in due {
            let paced_out = row.priority > 0 && !self.pace.lock().is_ok_and(|mut p| p.take());
            if paced_out {
                tokio::time::sleep(Duration::from_millis(50)).await;
                break;
            }
            if !store
                .lease_outbox(row.id, t, now() + self.lease_secs(), &self.token)
                .await?
            {
                continue;
            }
            attempted += 1;
            self.deliver(bot, store, row).await?;
        }
        Ok(attempted)
    }

    async fn deliver<B: Telegram>(
        &self,
        bot: &B,
        store: &Store,
        row: OutboxRow,
    ) -> Result<(), StoreError> {
        let token = self.token.as_str();
        if row.recipient_inactive {
            let why = "the recipient blocked the bot";
            store
                .outbox_fail(row.id, token, Failure::Blocked, why)
                .await?;
            return Ok(());
        }
        let outcome = tokio::select! {
            outcome = self.send(bot, store, &row) => outcome?,
            () = self.keep_lease(store, row.id) => Outcome::LeaseLost,
        };
        match outcome {
            Outcome::Delivered => {
                store.outbox_sent(row.id, token).await?;
            }
            Outcome::LeaseLost => {
                tracing::warn!(
                    outbox = row.id,
                    "outbox: lease lost; another worker has the row"
                );
            }
            Outcome::Failed(e) => self.failed(store, &row, e).await?,
        }
        Ok(())
    }

    /// Sends the row's parts from where an earlier try stopped, recording each.
    async fn send<B: Telegram>(
        &self,
        bot: &B,
        store: &Store,
        row: &OutboxRow,
    ) -> Result<Outcome, StoreError> {
        let markup = row.markup.as_deref().and_then(stored_markup);
        let start = usize::try_from(row.sent_upto).unwrap_or(0);
        let mut out = Outgoing::new(ChatId(row.chat.0), &row.html, start, markup.as_ref());
        let mut waits = 0;
        while !out.done() {
            match out.send_next(bot).await {
                Ok(sent) => {
                    let recorded = store
                        .outbox_progress(row.id, &self.token, sent.end, sent.message_id)
                        .await?;
                    if !recorded {
                        return Ok(Outcome::LeaseLost);
                    }
                }
                Err(SendError::Transient {
                    retry_after: Some(wait),
                    error,
                }) if wait <= self.policy.max_wait && waits < 3 => {
                    tracing::warn!(error = %error, ?wait, outbox = row.id, "outbox: waiting out a 429");
                    tokio::time::sleep(wait).await;
                    waits += 1;
                }
                Err(e) => return Ok(Outcome::Failed(e)),
            }
        }
        Ok(Outcome::Delivered)
    }

    /// Renews the lease every third of its length; returns when it was lost.
    async fn keep_lease(&self, store: &Store, id: i64) {
        loop {
            tokio::time::sleep(self.policy.lease / 3).await;
            match store
                .renew_outbox_lease(id, &self.token, now() + self.lease_secs())
                .await
            {
                Ok(true) => {}
                Ok(false) => return,
                Err(e) => tracing::warn!(error = %e, outbox = id, "outbox: cannot renew a lease"),
            }
        }
    }

    async fn failed(&self, store: &Store, row: &OutboxRow, e: SendError) -> Result<(), StoreError> {
        let token = self.token.as_str();
        let error = e.to_string();
        match e {
            SendError::Unreachable(_) => {
                tracing::warn!(
                    error,
                    outbox = row.id,
                    "outbox: recipient unreachable; failed"
                );
                if row.chat.0 > 0 {
                    store.mark_inactive(TelegramId(row.chat.0)).await?;
                    store.pause_subscriptions(TelegramId(row.chat.0)).await?;
                }
                store
                    .outbox_fail(row.id, token, Failure::Blocked, &error)
                    .await?;
            }
            SendError::Refused(_) => {
                tracing::warn!(
                    error,
                    outbox = row.id,
                    "outbox: Telegram refused the message; failed"
                );
                store
                    .outbox_fail(row.id, token, Failure::Refused, &error)
                    .await?;
            }
            SendError::Transient { .. } => {
                let attempts = u32::try_from(row.attempts).unwrap_or(0) + 1;
                if attempts >= self.policy.max_attempts {
                    tracing::warn!(error, outbox = row.id, attempts, "outbox: giving up");
                    store
                        .outbox_fail(row.id, token, Failure::GaveUp, &error)
                        .await?;
                } else {
                    let wait = e.wait(attempts - 1, Duration::from_secs(1));
                    let wait = i64::try_from(wait.as_secs()).unwrap_or(300).clamp(1, 300);
                    tracing::warn!(
                        error,
                        outbox = row.id,
                        wait,
                        "outbox: send failed; will retry"
                    );
                    store
                        .outbox_retry(row.id, token, now() + wait, &error)
                        .await?;
                }
            }
        }
        Ok(())
    }
}

/// A token no other worker holds: the process, the time and a counter, with a random part.
fn lease_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    format!(
        "{}-{}-{:016x}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed),
        h.finish()
    )
}
