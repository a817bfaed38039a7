//! `TestApp`: the real bot (the library's dispatcher and handlers) running against the fake
//! Bot API, with a fresh SQLite database.

use std::sync::Arc;

use export_helpdesk::bot::{Context, flood::Flood};
use export_helpdesk::store::{Jurisdiction, Officer, Store, TelegramId, TicketId};
use teloxide::dispatching::ShutdownToken;
use teloxide::prelude::*;

use super::telegram::{BOT_USERNAME, FakeTelegram};

pub struct TestApp {
    pub telegram: FakeTelegram,
    pub store: Store,
    shutdown: ShutdownToken,
    outbox: tokio::task::JoinHandle<()>,
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub async fn spawn_with_flood(flood: Flood) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::connect(&format!("sqlite://{}", dir.path().join("bot.db").display()))
            .await
            .unwrap();
        Self::spawn_with(store, flood, dir).await
    }

    /// One app per backend: SQLite, and PostgreSQL when reachable (see `common::stores`).
    pub async fn on_every_backend() -> Vec<TestApp> {
        let mut apps = Vec::new();
        for (_, store, dir) in super::stores().await {
            apps.push(Self::spawn_with(store, Flood::default(), dir).await);
        }
        apps
    }

    /// The bot over a given store (SQLite or PostgreSQL).
    pub async fn spawn_on(store: Store) -> TestApp {
        Self::spawn_with(store, Flood::default(), tempfile::tempdir().unwrap()).await
    }

    async fn spawn_with(store: Store, flood: Flood, dir: tempfile::TempDir) -> TestApp {
        let telegram = FakeTelegram::start().await;
        // A short client timeout, so a hanging Bot API shows up as a timeout within the test.
        let client = teloxide::net::default_reqwest_settings()
            .timeout(std::time::Duration::from_secs(3))
            .build()
            .unwrap();
        let bot = Bot::with_client("123456:TEST-TOKEN", client)
            .set_api_url(telegram.url.parse().unwrap());
        let ctx = Arc::new(
            Context::new(
                super::shared_answerer().clone(),
                store.clone(),
                BOT_USERNAME,
            )
            .with_flood(flood),
        );
        let outbox = tokio::spawn(export_helpdesk::escalation::outbox::run(
            bot.clone(),
            store.clone(),
        ));
        let mut dispatcher = export_helpdesk::startup::dispatcher(bot, ctx).build();
        let shutdown = dispatcher.shutdown_token();
        tokio::spawn(async move { dispatcher.dispatch().await });
        TestApp {
            telegram,
            store,
            shutdown,
            outbox,
            _dir: dir,
        }
    }

    /// Texts delivered to a chat, waiting for at least `n`.
    pub async fn texts(&self, chat: i64, n: usize) -> Vec<String> {
        self.telegram
            .wait_delivered(chat, n)
            .await
            .iter()
            .map(|b| b["text"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// The callback data of every button on the last message delivered to a chat.
    pub fn last_buttons(&self, chat: i64) -> Vec<(String, String)> {
        let delivered = self.telegram.delivered(chat);
        let Some(last) = delivered.last() else {
            return vec![];
        };
        last["reply_markup"]["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row.as_array().cloned().unwrap_or_default())
            .map(|b| {
                (
                    b["text"].as_str().unwrap_or_default().to_string(),
                    b["callback_data"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = self.shutdown.shutdown();
        self.outbox.abort();
    }
}

/// Domain helpers: officers, users in a district, tickets.
impl TestApp {
    async fn officer(&self, id: i64, jurisdiction: Jurisdiction) {
        let officer = Officer {
            telegram_id: TelegramId(id),
            name: format!("Officer {id}"),
            jurisdiction,
        };
        self.store.add_officer(&officer).await.unwrap();
    }

    /// Registers a district officer (or a group as a district desk) for "STATE/DISTRICT".
    pub async fn district_officer(&self, id: i64, district: &str) {
        self.officer(id, Jurisdiction::District(district.into()))
            .await
    }

    /// Registers a state nodal officer.
    pub async fn state_officer(&self, id: i64, state: &str) {
        self.officer(id, Jurisdiction::State(state.into())).await
    }

    /// Registers an admin (all of India).
    pub async fn admin(&self, id: i64) {
        self.officer(id, Jurisdiction::Admin).await
    }

    /// A user known to the bot, in "STATE/DISTRICT".
    pub async fn user_in(&self, user: i64, district: &str) {
        let user = TelegramId(user);
        self.store.touch_user(user, None).await.unwrap();
        self.store.set_district(user, district).await.unwrap();
    }

    /// Waits for a message to `chat` containing `needle`; returns its text.
    pub async fn wait_for(&self, chat: i64, needle: &str) -> String {
        let has = |m: &serde_json::Value| m["text"].as_str().unwrap_or_default().contains(needle);
        self.telegram
            .wait_until(
                |f| f.delivered(chat).iter().any(has),
                &format!("{needle:?} to {chat}"),
            )
            .await;
        let delivered = self.telegram.delivered(chat);
        let found = delivered.iter().find(|m| has(m)).unwrap();
        found["text"].as_str().unwrap().to_string()
    }

    /// Waits for the user's "ticket #N" confirmation; the ticket number.
    pub async fn opened_ticket(&self, user: i64) -> TicketId {
        ticket_number(&self.wait_for(user, "ticket #").await)
    }
}

/// The ticket number in a "... ticket #N ..." message.
pub fn ticket_number(text: &str) -> TicketId {
    let after = text.split("ticket #").nth(1).expect("a ticket number");
    let digits = after
        .split_whitespace()
        .next()
        .unwrap()
        .trim_end_matches('.');
    TicketId(digits.parse().expect("digits"))
}
