//! The worker: claims inbox rows under a lease, handles each through the bot's handler tree,
//! marks it done. One chat's updates one at a time and in order (a row is claimable only when
//! no earlier update of its lane is pending); different chats at once, at most
//! [`Limits::concurrency`] per instance. A heartbeat keeps the leases of rows in hand alive, so
//! a slow handling (Telegram asking to wait) is never taken over by another instance; the
//! lease of a crashed process runs out and its rows are claimed again.

use std::ops::ControlFlow;
use std::sync::Arc;
use std::time::Duration;

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{Update, UpdateKind};
use tokio::sync::{Notify, Semaphore};
use tokio::task::JoinSet;

use super::Shutdown;
use crate::bot::{Context, Delivery, HandlerError};
use crate::store::{InboxRow, Store, now};
use crate::telegram::Telegram;

/// The worker's bounds.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Updates handled at once (each of a different chat).
    pub concurrency: usize,
    /// Seconds a claim holds a row without a heartbeat; a crashed instance's rows are taken
    /// again after this.
    pub lease: i64,
    /// Longest handling of one update; then it is given back for another try.
    pub per_update: Duration,
    /// Claims of one update before it is given up as failed (it keeps crashing the handler).
    pub max_attempts: i32,
    /// Seconds a handled row is kept (so a redelivery is still recognised).
    pub keep: i64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            concurrency: 32,
            lease: 20,
            per_update: Duration::from_secs(120),
            max_attempts: 5,
            keep: 2 * 24 * 3600,
        }
    }
}

/// How often the worker looks for rows it was not woken for (another instance's, expired
/// leases).
const IDLE_POLL: Duration = Duration::from_millis(250);
/// How often old rows are deleted.
const PURGE_EVERY: Duration = Duration::from_secs(600);

/// The worker before it runs; [`Worker::run`] shares it between the handling tasks.
pub(super) struct Worker<B> {
    bot: B,
    ctx: Arc<Context>,
    handler: Arc<UpdateHandler<HandlerError>>,
    owner: String,
    wake: Arc<Notify>,
    limits: Limits,
}

impl<B: Telegram> Worker<B> {
    pub(super) fn new(
        bot: B,
        ctx: Arc<Context>,
        handler: UpdateHandler<HandlerError>,
        limits: Limits,
    ) -> Worker<B> {
        dptree::type_check(
            handler.sig(),
            &dptree::deps![ctx.clone(), bot.clone()],
            &[dptree::Type::of::<Update>(), dptree::Type::of::<Delivery>()],
        );
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        Worker {
            bot,
            ctx,
            handler: Arc::new(handler),
            owner: format!("{}-{stamp:x}", std::process::id()),
            wake: Arc::new(Notify::new()),
            limits,
        }
    }

    pub(super) fn with_limits(self, limits: Limits) -> Worker<B> {
        Worker { limits, ..self }
    }

    pub(super) fn store(&self) -> Store {
        self.ctx.store.clone()
    }

    /// What the intake pokes after writing rows, so they are claimed at once.
    pub(super) fn waker(&self) -> Arc<Notify> {
        self.wake.clone()
    }

    /// Claims and handles rows until `shutdown`; then finishes the handlings in hand.
    pub(super) async fn run(self, shutdown: Shutdown) {
        let s = Arc::new(self);
        let heartbeat = tokio::spawn(s.clone().heartbeat());
        let permits = Arc::new(Semaphore::new(s.limits.concurrency.max(1)));
        let mut tasks = JoinSet::new();
        let mut purged = tokio::time::Instant::now();
        let _ = s.purge().await;
        while !shutdown.is_triggered() {
            while tasks.try_join_next().is_some() {}
            let claimed = match s.claim(permits.available_permits()).await {
                Ok(rows) => rows,
                Err(e) => {
                    tracing::error!(error = %e, "inbox: cannot claim updates");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            };
            let got = !claimed.is_empty();
            for row in claimed {
                let Ok(permit) = permits.clone().acquire_owned().await else {
                    break;
                };
                let s = s.clone();
                tasks.spawn(async move {
                    s.handle(row).await;
                    drop(permit);
                });
            }
            if purged.elapsed() > PURGE_EVERY {
                purged = tokio::time::Instant::now();
                let _ = s.purge().await;
            }
            if got {
                continue;
            }
            tokio::select! {
                () = s.wake.notified() => {}
                () = tokio::time::sleep(IDLE_POLL) => {}
                () = shutdown.wait() => {}
                Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
            }
        }
        if !tasks.is_empty() {
            tracing::info!(updates = tasks.len(), "finishing the updates in hand");
        }
        while tasks.join_next().await.is_some() {}
        heartbeat.abort();
    }
}

impl<B: Telegram> Worker<B> {
    /// Claims up to `n` rows (each the first pending one of its chat).
    async fn claim(&self, n: usize) -> Result<Vec<InboxRow>, crate::store::StoreError> {
        if n == 0 {
            return Ok(vec![]);
        }
        let store = &self.ctx.store;
        let t = now();
        let mut claimed = Vec::new();
        for id in store.claimable_updates(t, n as i64).await? {
            if let Some(row) = store
                .claim_update(id, &self.owner, t, t + self.limits.lease)
                .await?
            {
                claimed.push(row);
            }
        }
        Ok(claimed)
    }

    /// Handles one claimed row and records how it ended.
    async fn handle(self: Arc<Self>, row: InboxRow) {
        let id = row.update_id;
        let failed = match self.clone().dispatch(row).await {
            Ending::Done => false,
            Ending::Failed => true,
            Ending::Retry => {
                if let Err(e) = self.ctx.store.release_update(id, &self.owner).await {
                    tracing::error!(error = %e, update = id, "inbox: cannot give an update back");
                }
                return;
            }
        };
        if let Err(e) = self.ctx.store.finish_update(id, &self.owner, failed).await {
            // The lease runs out and the update is handled again; its replies are not resent.
            tracing::error!(error = %e, update = id, "inbox: cannot mark an update handled");
        }
    }

    async fn dispatch(self: Arc<Self>, row: InboxRow) -> Ending {
        let id = row.update_id;
        if row.attempts >= self.limits.max_attempts {
            tracing::error!(
                update = id,
                attempts = row.attempts,
                "inbox: an update was claimed too often; given up"
            );
            return Ending::Failed;
        }
        let update: Update = match serde_json::from_str(&row.body) {
            Ok(u) => u,
            Err(e) => {
                tracing::error!(error = %e, update = id, "inbox: an update does not parse");
                return Ending::Failed;
            }
        };
        if matches!(update.kind, UpdateKind::Error(_)) {
            tracing::debug!(
                update = id,
                "inbox: a kind of update the bot does not handle"
            );
            return Ending::Done;
        }
        let deps = dptree::deps![
            self.ctx.clone(),
            self.bot.clone(),
            update,
            Delivery::new(id, row.replies)
        ];
        let handler = self.handler.clone();
        let mut task = tokio::spawn(async move { handler.dispatch(deps).await });
        match tokio::time::timeout(self.limits.per_update, &mut task).await {
            Ok(Ok(ControlFlow::Break(Err(e)))) => {
                tracing::error!(error = %e, update = id, "an update handler failed");
                Ending::Done
            }
            Ok(Ok(_)) => Ending::Done,
            Ok(Err(e)) => {
                tracing::error!(error = %e, update = id, "an update handler panicked");
                Ending::Failed
            }
            Err(_) => {
                task.abort();
                tracing::warn!(
                    update = id,
                    "an update took too long; it will be tried again"
                );
                Ending::Retry
            }
        }
    }

    /// Keeps the leases of the rows in hand from running out, until aborted.
    async fn heartbeat(self: Arc<Self>) {
        let every = Duration::from_secs((self.limits.lease / 4).max(1) as u64);
        loop {
            tokio::time::sleep(every).await;
            let until = now() + self.limits.lease;
            if let Err(e) = self.ctx.store.renew_leases(&self.owner, until).await {
                tracing::error!(error = %e, "inbox: cannot renew leases");
            }
        }
    }

    async fn purge(&self) -> Result<(), crate::store::StoreError> {
        let deleted = self
            .ctx
            .store
            .purge_inbox(now() - self.limits.keep)
            .await
            .inspect_err(|e| tracing::error!(error = %e, "inbox: cannot delete old rows"))?;
        if deleted > 0 {
            tracing::debug!(deleted, "inbox: old rows deleted");
        }
        Ok(())
    }
}

/// How a handling ended.
enum Ending {
    Done,
    Failed,
    Retry,
}
