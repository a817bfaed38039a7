//! The durable inbox between Telegram and the bot's handlers. Every update is written to the
//! database (one row per `update_id`; a redelivery is a no-op) *before* Telegram is told it
//! arrived — in long polling the next `getUpdates` offset moves past an update only once its
//! row is committed ([`polling`]), in webhook mode the 200 is sent only then ([`webhook`]).
//! A [`worker`] then claims rows under a lease (several instances on one PostgreSQL never
//! handle one row at the same time), one chat's updates in order, different chats at once up
//! to a bound, and marks each row done; rows left by a crash are claimed again when their
//! lease runs out. The replies of a handling are numbered ([`crate::bot::Delivery`]), so an
//! update handled again after a crash does not send what it sent before.

mod polling;
mod webhook;
mod worker;

use std::sync::Arc;

use teloxide::Bot;
use teloxide::types::Update;
use tokio::sync::watch;

use crate::bot::Context;
use crate::store::{NewUpdate, StoreError};
use crate::telegram::Telegram;
pub use webhook::Webhook;
pub use worker::Limits;

/// Errors of the inbox's intake.
#[derive(Debug, thiserror::Error)]
pub enum InboxError {
    #[error("store: {0}")]
    Store(#[from] StoreError),
    #[error("Telegram: {0}")]
    Telegram(#[from] teloxide::RequestError),
    #[error("cannot listen on {0}: {1}")]
    Listen(std::net::SocketAddr, std::io::Error),
}

/// Stops the intake and the worker; updates being handled are finished first.
#[derive(Debug, Clone)]
pub struct Shutdown(Arc<watch::Sender<bool>>);

impl Default for Shutdown {
    fn default() -> Self {
        Shutdown(Arc::new(watch::channel(false).0))
    }
}

impl Shutdown {
    /// Asks everything to stop (the running [`Inbox`] returns once it has).
    pub fn trigger(&self) {
        self.0.send_replace(true);
    }

    pub fn is_triggered(&self) -> bool {
        *self.0.borrow()
    }

    /// Resolves once [`Shutdown::trigger`] was called.
    pub async fn wait(&self) {
        let mut rx = self.0.subscribe();
        let _ = rx.wait_for(|stop| *stop).await;
    }
}

/// The bot as it runs: updates in through the inbox, handled by the worker.
pub struct Inbox<B> {
    worker: worker::Worker<B>,
    shutdown: Shutdown,
}

impl<B: Telegram> Inbox<B> {
    /// The inbox in front of the handler tree `schema`, which handlers reach `bot` and `ctx`
    /// through. Panics if `schema` needs a dependency the worker does not give.
    pub fn new(
        bot: B,
        ctx: Arc<Context>,
        schema: teloxide::dispatching::UpdateHandler<crate::bot::HandlerError>,
    ) -> Inbox<B> {
        Inbox {
            worker: worker::Worker::new(bot, ctx, schema, Limits::default()),
            shutdown: Shutdown::default(),
        }
    }

    /// Other bounds (concurrency, lease, time per update).
    pub fn with_limits(self, limits: Limits) -> Inbox<B> {
        Inbox {
            worker: self.worker.with_limits(limits),
            ..self
        }
    }

    /// What stops this inbox.
    pub fn shutdown_token(&self) -> Shutdown {
        self.shutdown.clone()
    }

    /// Long polling through `api` until shutdown; then the updates being handled are
    /// finished.
    pub async fn poll(self, api: Bot) {
        let Inbox { worker, shutdown } = self;
        let intake = polling::run(api, worker.store(), worker.waker(), shutdown.clone());
        tokio::join!(intake, worker.run(shutdown.clone()));
    }

    /// A webhook (`setWebhook` with the secret token, then an HTTP server) until shutdown.
    pub async fn webhook(self, api: Bot, hook: Webhook) -> Result<(), InboxError> {
        let Inbox { worker, shutdown } = self;
        let store = worker.store();
        let waker = worker.waker();
        let work = tokio::spawn(worker.run(shutdown.clone()));
        let served = webhook::run(api, store, waker, shutdown.clone(), hook).await;
        shutdown.trigger();
        let _ = work.await;
        served
    }
}

/// The inbox row of an update: its lane is the chat, else the sender, else 0.
pub fn row_of(update: &Update, body: String) -> NewUpdate {
    let lane = update
        .chat()
        .map(|c| c.id.0)
        .or_else(|| update.from().map(|u| u.id.0 as i64))
        .unwrap_or(0);
    NewUpdate {
        update_id: i64::from(update.id.0),
        lane,
        body,
    }
}
