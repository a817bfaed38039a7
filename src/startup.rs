//! Wiring the bot together from settings: knowledge, store, Telegram client, the inbox in
//! front of the handlers; long polling or a webhook; graceful shutdown on SIGINT/SIGTERM;
//! knowledge reload on SIGHUP.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context as _;
use teloxide::adaptors::throttle::Limits;
use teloxide::prelude::*;

use crate::answer::Answerer;
use crate::bot::{self, Context};
use crate::configuration::Settings;
use crate::inbox::{Inbox, Shutdown, Webhook};
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

/// The bot's [`bot::schema`] over `ctx`, behind the durable inbox: the one builder used by
/// `serve`, the tests and the benchmarks. Run it with [`Inbox::poll`] or [`Inbox::webhook`];
/// `bot` is what the handlers send with.
pub fn helpdesk<B: Telegram>(bot: B, ctx: Arc<Context>) -> Inbox<B> {
    Inbox::new(bot, ctx, bot::schema::<B>())
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
    let outbox = settings.outbox()?;
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
    let per_second = settings.broadcast_per_second;
    let throttled = bot.clone().throttle(limits(per_second));
    tokio::spawn(crate::escalation::outbox::run_with(
        throttled.clone(),
        store.clone(),
        outbox.paced(per_second),
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
    tokio::spawn(crate::escalation::retention::run(
        store.clone(),
        settings.retention_days,
    ));
    let desk = helpdesk(throttled, ctx);
    tokio::spawn(crate::reload::watch(
        answerer.clone(),
        store.clone(),
        settings.knowledge_dir.clone(),
    ));
    spawn_signal_handlers(desk.shutdown_token(), answerer, store);
    match mode {
        Mode::Polling => desk.poll(bot).await,
        Mode::Webhook {
            url,
            listen,
            secret,
        } => desk
            .webhook(
                bot,
                Webhook {
                    url,
                    listen,
                    secret,
                },
            )
            .await
            .context("the webhook failed")?,
    }
    tracing::info!("stopped");
    Ok(())
}

/// SIGINT and SIGTERM stop the bot gracefully (updates in hand are finished; those not yet
/// handled wait in the inbox); SIGHUP reloads the knowledge base, keeping the old one if the
/// new has errors.
fn spawn_signal_handlers(shutdown: Shutdown, answerer: Arc<Answerer>, store: Store) {
    let on_ctrl_c = shutdown.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            tracing::info!("SIGINT: finishing updates in flight");
            on_ctrl_c.trigger();
        }
    });
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::spawn(async move {
                term.recv().await;
                tracing::info!("SIGTERM: finishing updates in flight");
                shutdown.trigger();
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
