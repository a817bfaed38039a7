//! Wiring the bot together from settings: knowledge, store, Telegram client, dispatcher; long
//! polling or a webhook; graceful shutdown on SIGINT/SIGTERM; knowledge reload on SIGHUP.

pub mod webhook;

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
            .with_default_language(settings.default_language)
            .with_retention_days(settings.retention_days),
    );
    let store = ctx.store.clone();
    let throttled = bot.clone().throttle(Limits::default());
    tokio::spawn(crate::escalation::outbox::run(
        throttled.clone(),
        store.clone(),
    ));
    tokio::spawn(crate::escalation::sla::run(
        store.clone(),
        answerer.clone(),
        sla,
    ));
    tokio::spawn(crate::escalation::retention::run(
        store.clone(),
        settings.retention_days,
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
            let listener = listen_webhook(throttled, url, listen, secret).await?;
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

/// Sets the webhook and serves it on `listen`, every request checked for the secret token in
/// constant time ([`webhook::check_secret`]) before teloxide sees it.
async fn listen_webhook(
    bot: teloxide::adaptors::Throttle<Bot>,
    url: url::Url,
    listen: SocketAddr,
    secret: String,
) -> anyhow::Result<impl teloxide::update_listeners::UpdateListener<Err = std::convert::Infallible>>
{
    use teloxide::update_listeners::UpdateListener as _;
    let door: Arc<str> = Arc::from(secret.as_str());
    let options = webhooks::Options::new(listen, url).secret_token(secret);
    let (mut listener, stopped, router) = webhooks::axum_to_router(bot, options)
        .await
        .context("cannot set up the webhook")?;
    let router = router.layer(axum::middleware::from_fn_with_state(
        door,
        webhook::check_secret,
    ));
    let tcp = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    let stop = listener.stop_token();
    tokio::spawn(async move {
        let served = axum::serve(tcp, router)
            .with_graceful_shutdown(stopped)
            .await;
        if let Err(e) = served {
            tracing::error!(error = %e, "the webhook server failed");
            stop.stop();
        }
    });
    Ok(listener)
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
