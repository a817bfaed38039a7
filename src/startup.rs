//! Wiring the bot together from settings: knowledge, store, Telegram client, dispatcher; long
//! polling or a webhook; graceful shutdown on SIGINT/SIGTERM; knowledge reload on SIGHUP.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context as _;
use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::{DefaultKey, Dispatcher, DispatcherBuilder};
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::update_listeners::webhooks;

use crate::answer::Answerer;
use crate::bot::{self, Context, HandlerError};
use crate::configuration::Settings;
use crate::store::Store;
use crate::telegram::Telegram;

/// How the bot receives updates.
#[derive(Debug, Clone)]
pub enum Mode {
    /// `getUpdates` long polling (one instance).
    Polling,
    /// Telegram posts updates to `url`; we listen on `listen` and check the secret-token
    /// header on every request. Several instances can share one PostgreSQL database.
    Webhook {
        url: url::Url,
        listen: SocketAddr,
        secret: String,
    },
}

/// The Bot API client for these settings (its base URL from `TELEGRAM_API_URL`).
pub fn telegram_client(settings: &Settings) -> anyhow::Result<Bot> {
    let token = settings
        .telegram_token
        .clone()
        .context("no bot token: set TELOXIDE_TOKEN (or telegram_token in export-helpdesk.toml)")?;
    let mut bot = Bot::new(token);
    if let Some(api) = &settings.telegram_api_url {
        let with_slash = if api.ends_with('/') {
            api.clone()
        } else {
            format!("{api}/")
        };
        bot =
            bot.set_api_url(url::Url::parse(&with_slash).context("TELEGRAM_API_URL is not a URL")?);
    }
    Ok(bot)
}

/// The dispatcher of the bot's [`bot::schema`] over `ctx`, with its error handler: the one
/// builder used by `serve`, the tests and the benchmarks.
pub fn dispatcher<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
) -> DispatcherBuilder<B, HandlerError, DefaultKey> {
    Dispatcher::builder(bot, bot::schema::<B>())
        .dependencies(dptree::deps![ctx])
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text(
            "an update handler failed",
        ))
}

/// Telegram's limits for the client: at most 25 messages a second in all (broadcasts are
/// paced below that by the outbox), 1 a second per chat. With no broadcast pace (0, for
/// tests and benchmarks against a fake Bot API) the overall limit is lifted too.
fn limits(broadcast_per_second: u32) -> Limits {
    let overall = if broadcast_per_second == 0 {
        10_000
    } else {
        25
    };
    Limits {
        messages_per_sec_overall: overall,
        ..Limits::default()
    }
}

/// The answerer over the knowledge base and the database of these settings.
async fn open(settings: &Settings) -> anyhow::Result<(Arc<Answerer>, Store)> {
    let answerer = Answerer::open(
        &settings.knowledge_dir,
        &settings.locales_dir,
        Some(&settings.index_dir),
    )
    .context("cannot load the knowledge base")?;
    let url = &settings.database_url;
    let store = Store::connect(url).await.with_context(|| {
        let shown = crate::configuration::redact_url(url);
        format!("cannot open the database {shown}")
    })?;
    Ok((Arc::new(answerer), store))
}

/// Runs the bot until SIGINT or SIGTERM; updates in flight are finished first.
pub async fn serve(settings: Settings, mode: Mode) -> anyhow::Result<()> {
    let bot = telegram_client(&settings)?;
    let sla = settings.sla()?;
    let (answerer, store) = open(&settings).await?;
    let me = bot
        .get_me()
        .await
        .context("getMe failed: is the token right and the Bot API reachable?")?;
    tracing::info!(username = %me.username(), "connected to Telegram");
    if let Err(e) = bot::set_menu(&bot, &answerer.i18n).await {
        tracing::warn!(error = %e, "setMyCommands failed; the command menu may be out of date");
    }
    let ctx = Arc::new(
        Context::new(answerer.clone(), store, me.username())
            .with_default_language(settings.default_language),
    );
    let store = ctx.store.clone();
    let per_second = settings.broadcast_per_second;
    let throttled = bot.clone().throttle(limits(per_second));
    tokio::spawn(crate::escalation::outbox::run_paced(
        throttled.clone(),
        store.clone(),
        crate::escalation::outbox::Pace::new(Some(per_second)),
    ));
    tokio::spawn(crate::escalation::broadcast::run(
        store.clone(),
        answerer.clone(),
    ));
    tokio::spawn(crate::escalation::sla::run(
        store.clone(),
        answerer.clone(),
        sla,
    ));
    let mut dispatcher = dispatcher(throttled.clone(), ctx)
        .enable_ctrlc_handler()
        .build();
    tokio::spawn(crate::reload::watch(
        answerer.clone(),
        store.clone(),
        settings.knowledge_dir.clone(),
    ));
    spawn_signal_handlers(dispatcher.shutdown_token(), answerer, store);
    match mode {
        Mode::Polling => dispatcher.dispatch().await,
        Mode::Webhook {
            url,
            listen,
            secret,
        } => {
            let options = webhooks::Options::new(listen, url).secret_token(secret);
            let listener = webhooks::axum(throttled, options)
                .await
                .context("cannot set up the webhook")?;
            dispatcher
                .dispatch_with_listener(
                    listener,
                    LoggingErrorHandler::with_custom_text("the webhook listener failed"),
                )
                .await
        }
    }
    tracing::info!("stopped");
    Ok(())
}

/// SIGTERM stops the dispatcher gracefully (SIGINT is handled by teloxide); SIGHUP reloads
/// the knowledge base, keeping the old one if the new has errors.
fn spawn_signal_handlers(
    shutdown: teloxide::dispatching::ShutdownToken,
    answerer: Arc<Answerer>,
    store: Store,
) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::spawn(async move {
                term.recv().await;
                tracing::info!("SIGTERM: finishing updates in flight");
                if let Ok(done) = shutdown.shutdown() {
                    done.await;
                }
            });
        }
        if let Ok(mut hup) = signal(SignalKind::hangup()) {
            tokio::spawn(async move {
                while hup.recv().await.is_some() {
                    crate::reload::reload_and_report(&answerer, &store).await;
                }
            });
        }
    }
    #[cfg(not(unix))]
    let _ = (shutdown, answerer, store);
}
