//! The outbox worker: sends queued messages until Telegram accepts each, waiting out a 429's
//! `retry_after` and backing off on other failures. Rows live in the database, so a restart
//! resumes where the last run stopped; a lease keeps two bot instances from sending the same
//! row. Ordinary messages (tickets) go first; broadcast rows come after them, paced to a
//! rate Telegram accepts ([`Pace`]), and at most once: a broadcast row whose send was cut by a
//! crash stays "sending" and is not sent again. A user who blocked the bot is not retried:
//! the row is marked blocked and their subscriptions pause.

use std::time::{Duration, Instant};

use teloxide::{ApiError, RequestError};

use crate::store::{Store, TelegramId, now};
use crate::telegram::Telegram;
use crate::telegram::keyboard::stored_markup;
use crate::telegram::send::html_once;

/// How long a lease on a row lasts, in seconds: longer than a send (with Throttle's own wait
/// on a 429), short enough that a row leased by a crashed process is sent soon after restart.
const LEASE: i64 = 20;

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
    run_paced(bot, store, Pace::new(None)).await
}

/// Sends what is due, broadcasts at `pace`; runs until the task is dropped.
pub async fn run_paced<B: Telegram>(bot: B, store: Store, mut pace: Pace) {
    loop {
        match deliver_paced(&bot, &store, &mut pace).await {
            Ok(0) => tokio::time::sleep(Duration::from_millis(250)).await,
            Ok(_) => {}
            Err(e) => {
                tracing::error!(error = %e, "outbox: database error");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

/// One pass over the due rows; how many were attempted.
pub async fn deliver_due<B: Telegram>(
    bot: &B,
    store: &Store,
) -> Result<usize, crate::store::StoreError> {
    deliver_paced(bot, store, &mut Pace::new(None)).await
}

/// Whether Telegram refuses the chat for good (the user blocked the bot, or is gone).
fn is_blocked(e: &RequestError) -> bool {
    matches!(
        e,
        RequestError::Api(
            ApiError::BotBlocked
                | ApiError::UserDeactivated
                | ApiError::CantInitiateConversation
                | ApiError::BotKicked
                | ApiError::BotKickedFromSupergroup
                | ApiError::ChatNotFound
        )
    )
}

/// One pass over the due rows, ordinary ones first; broadcast rows stop the pass when the
/// pace is used up (a short sleep follows). How many rows were attempted.
async fn deliver_paced<B: Telegram>(
    bot: &B,
    store: &Store,
    pace: &mut Pace,
) -> Result<usize, crate::store::StoreError> {
    let t = now();
    let due = store.due_outbox(t, 20).await?;
    let mut attempted = 0;
    for row in due {
        if row.priority > 0 && !pace.take() {
            tokio::time::sleep(Duration::from_millis(50)).await;
            break;
        }
        let leased = if row.priority > 0 {
            store.lease_broadcast(row.id, t, t + LEASE).await?
        } else {
            store.lease_outbox(row.id, t, t + LEASE).await?
        };
        if !leased {
            continue;
        }
        attempted += 1;
        let markup = row.markup.as_deref().and_then(stored_markup);
        match html_once(bot, teloxide::types::ChatId(row.chat.0), &row.html, markup).await {
            Ok(message_id) => store.outbox_sent(row.id, message_id).await?,
            Err(e) if is_blocked(&e) => {
                tracing::info!(
                    outbox = row.id,
                    "outbox: the user blocked the bot; subscriptions paused"
                );
                store.outbox_blocked(row.id).await?;
                store.pause_subscriptions(TelegramId(row.chat.0)).await?;
            }
            Err(e) => {
                let wait = match &e {
                    RequestError::RetryAfter(s) => i64::from(s.seconds()).max(1),
                    _ => 2i64.pow(row.attempts.clamp(0, 8) as u32).min(300),
                };
                tracing::warn!(error = %e, outbox = row.id, wait, "outbox: send failed; will retry");
                store.outbox_retry(row.id, now() + wait).await?;
            }
        }
    }
    Ok(attempted)
}
