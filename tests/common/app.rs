//! `TestApp`: the real bot (the library's inbox and handlers, by long polling) running against
//! the fake Bot API, with a fresh SQLite database.

use std::sync::Arc;

use export_helpdesk::answer::Answerer;
use export_helpdesk::bot::{Context, flood::Flood};
use export_helpdesk::inbox::Shutdown;
use export_helpdesk::store::{Jurisdiction, Officer, Store, TelegramId};
use teloxide::prelude::*;

use super::telegram::{BOT_USERNAME, FakeTelegram};

pub struct TestApp {
    pub telegram: FakeTelegram,
    pub store: Store,
    shutdown: Shutdown,
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

    /// The bot over a given store (SQLite or PostgreSQL).
    pub async fn spawn_on(store: Store) -> TestApp {
        Self::spawn_with(store, Flood::default(), tempfile::tempdir().unwrap()).await
    }

    /// The bot over a given store with its own flood limit (for tests where one officer
    /// sends many commands).
    pub async fn spawn_on_with_flood(store: Store, flood: Flood) -> TestApp {
        Self::spawn_with(store, flood, tempfile::tempdir().unwrap()).await
    }

    /// The bot over a given store and answerer (a knowledge base with test notices).
    #[allow(
        dead_code,
        reason = "used by tests/it/notices.rs, not by benches/bot.rs"
    )]
    pub async fn spawn_with_answerer(store: Store, answerer: Arc<Answerer>) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        Self::spawn_full(store, Flood::default(), dir, answerer).await
    }

    async fn spawn_with(store: Store, flood: Flood, dir: tempfile::TempDir) -> TestApp {
        let answerer = super::shared_answerer().clone();
        Self::spawn_full(store, flood, dir, answerer).await
    }

    async fn spawn_full(
        store: Store,
        flood: Flood,
        dir: tempfile::TempDir,
        answerer: Arc<Answerer>,
    ) -> TestApp {
        let telegram = FakeTelegram::start().await;
        // A short client timeout, so a hanging Bot API shows up as a timeout within the test.
        let client = teloxide::net::default_reqwest_settings()
            .timeout(std::time::Duration::from_secs(3))
            .build()
            .unwrap();
        let bot = Bot::with_client("123456:TEST-TOKEN", client)
            .set_api_url(telegram.url.parse().unwrap());
        let ctx = Arc::new(Context::new(answerer, store.clone(), BOT_USERNAME).with_flood(flood));
        let outbox = tokio::spawn(export_helpdesk::escalation::outbox::run(
            bot.clone(),
            store.clone(),
        ));
        let desk = export_helpdesk::startup::helpdesk(bot.clone(), ctx);
        let shutdown = desk.shutdown_token();
        tokio::spawn(desk.poll(bot));
        TestApp {
            telegram,
            store,
            shutdown,
            outbox,
            _dir: dir,
        }
    }

    /// Registers a district officer for `district` ("STATE/DISTRICT"); returns their id.
    pub async fn district_officer(&self, district: &str) -> i64 {
        let id = super::unique_id();
        self.register(id, Jurisdiction::District(district.into()))
            .await;
        id
    }

    /// Registers a group chat (a negative id) as the desk of `district`; returns its id.
    pub async fn district_group(&self, district: &str) -> i64 {
        let id = -(1_000_000_000_000 + super::unique_id() % 1_000_000);
        self.register(id, Jurisdiction::District(district.into()))
            .await;
        id
    }

    /// Registers a state officer for `state` (capitals, as in the knowledge base).
    pub async fn state_officer(&self, state: &str) -> i64 {
        let id = super::unique_id();
        self.register(id, Jurisdiction::State(state.into())).await;
        id
    }

    /// Registers an officer of a DGFT Regional Authority (its id, as in the knowledge base).
    pub async fn ra_officer(&self, ra: &str) -> i64 {
        let id = super::unique_id();
        self.register(id, Jurisdiction::RegionalAuthority(ra.into()))
            .await;
        id
    }

    /// Registers an admin (all of India).
    pub async fn admin(&self) -> i64 {
        let id = super::unique_id();
        self.register(id, Jurisdiction::Admin).await;
        id
    }

    async fn register(&self, id: i64, jurisdiction: Jurisdiction) {
        let officer = Officer {
            telegram_id: TelegramId(id),
            name: format!("Officer {id}"),
            jurisdiction,
        };
        self.store.add_officer(&officer).await.unwrap();
    }

    /// A user the bot knows, whose district ("STATE/DISTRICT") is set; returns their id.
    pub async fn user_in(&self, district: &str) -> i64 {
        let user = super::unique_id();
        let id = TelegramId(user);
        self.store.touch_user(id, None).await.unwrap();
        self.store.set_district(id, district).await.unwrap();
        user
    }

    /// The user asks for an officer with `/officer <question>`; returns the number of the
    /// ticket the bot tells them.
    pub async fn open_ticket(&self, user: i64, question: &str) -> export_helpdesk::store::TicketId {
        self.telegram
            .text(user, "en", &format!("/officer {question}"));
        super::ticket_number(&self.wait_for(user, "ticket #").await)
    }

    /// Waits for a message to `chat` containing `needle`; returns its text.
    pub async fn wait_for(&self, chat: i64, needle: &str) -> String {
        let n = needle.to_string();
        self.telegram
            .wait_until(
                |f| {
                    f.delivered(chat)
                        .iter()
                        .any(|m| m["text"].as_str().unwrap_or_default().contains(&n))
                },
                &format!("{needle:?} to {chat}"),
            )
            .await;
        self.telegram
            .delivered(chat)
            .iter()
            .map(|m| m["text"].as_str().unwrap().to_string())
            .find(|t| t.contains(needle))
            .unwrap()
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
        self.shutdown.trigger();
        self.outbox.abort();
    }
}
