//! The durable inbox, through the real binary: a SIGKILL in the middle of a burst loses no
//! question and answers none twice; a redelivered update is handled once.

use crate::common;

use std::collections::BTreeMap;
use std::time::Duration;

use common::backend::backend_tests;
use common::process::{Running, serve};
use common::telegram::FakeTelegram;
use export_helpdesk::store::{NewUpdate, QuestionId, Store, TelegramId, now};
use export_helpdesk::telegram::Callback;

const QUESTIONS: [&str; 4] = [
    "What is RoDTEP?",
    "How do I get an IEC?",
    "What is the EPCG scheme?",
    "HS code for black pepper",
];

/// The questions each answer delivered to `chat` was for: the "Talk to an officer" button
/// under every answer names its question.
fn answered_questions(fake: &FakeTelegram, chat: i64) -> Vec<QuestionId> {
    fake.delivered(chat)
        .iter()
        .flat_map(|m| {
            m["reply_markup"]["inline_keyboard"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|row| row.as_array().cloned().unwrap_or_default())
                .filter_map(|b| match Callback::parse(b["callback_data"].as_str()?) {
                    Some(Callback::Officer { question }) => Some(question),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

fn answers_to(fake: &FakeTelegram, users: &[i64]) -> usize {
    users
        .iter()
        .map(|&u| answered_questions(fake, u).len())
        .sum()
}

backend_tests! {
    async fn one_instance_holds_a_claimed_update_and_a_chat_waits_for_its_earlier_one(store: Store) {
        let rows = [(1, 10), (2, 10), (3, 20)].map(|(update_id, lane)| NewUpdate {
            update_id,
            lane,
            body: format!("{{\"update_id\":{update_id}}}"),
        });
        assert_eq!(store.receive_updates(&rows).await.unwrap(), 3);
        assert_eq!(store.receive_updates(&rows[..1]).await.unwrap(), 0, "a redelivery is a no-op");
        let t = now();
        assert_eq!(store.claimable_updates(t, 10).await.unwrap(), [1, 3], "the first of each chat");
        let first = store.claim_update(1, "a", t, t + 20).await.unwrap().expect("a claims 1");
        assert_eq!((first.attempts, first.replies), (0, 0));
        assert!(store.claim_update(1, "b", t, t + 20).await.unwrap().is_none(), "1 is a's");
        assert!(store.claim_update(2, "b", t, t + 20).await.unwrap().is_none(), "2 waits for 1");
        assert_eq!(store.claimable_updates(t, 10).await.unwrap(), [3]);

        // a sent one reply and died; once its lease ran out, b takes 1 over.
        store.update_replied(1, 1).await.unwrap();
        let later = t + 21;
        let again = store.claim_update(1, "b", later, later + 20).await.unwrap().expect("b claims 1");
        assert_eq!((again.attempts, again.replies), (1, 1), "b knows a reply went out");
        store.finish_update(1, "a", false).await.unwrap();
        assert_eq!(store.claimable_updates(later, 10).await.unwrap(), [3], "a no longer holds 1");
        store.finish_update(1, "b", false).await.unwrap();
        assert_eq!(store.claimable_updates(later, 10).await.unwrap(), [2, 3]);
        assert_eq!(store.receive_updates(&rows[..1]).await.unwrap(), 0, "a handled update stays known");
        assert_eq!(store.purge_inbox(now() + 1).await.unwrap(), 1, "handled rows are deleted later");
        let counts = store.inbox_counts().await.unwrap();
        assert_eq!((counts.pending, counts.done), (2, 0));
    }
}

backend_tests! {
    async fn a_sigkill_during_a_burst_of_200_questions_from_50_users_loses_none_and_answers_each_once(
        db: String,
    ) {
        let fake = FakeTelegram::start().await;
        let dir = tempfile::tempdir().unwrap();
        let index = dir.path().join("index");
        let first = Running::spawn(serve(&fake.url, &db, &index));
        let warm = 7_000_i64;
        fake.text(warm, "en", QUESTIONS[0]);
        fake.wait_until_for(
            Duration::from_secs(180),
            |f| !f.delivered(warm).is_empty(),
            "the bot to answer a first question",
        )
        .await;

        let users: Vec<i64> = (7_001..7_051).collect();
        for round in 0..4 {
            for (i, &u) in users.iter().enumerate() {
                fake.text(u, "en", QUESTIONS[(round + i) % 4]);
            }
        }
        fake.wait_until_for(
            Duration::from_secs(60),
            |f| answers_to(f, &users) >= 10,
            "the burst to be under way",
        )
        .await;
        first.kill();
        let at_kill = answers_to(&fake, &users);
        assert!(at_kill < 200, "the bot was killed in the middle of the burst ({at_kill} answered)");

        let second = Running::spawn(serve(&fake.url, &db, &index));
        fake.wait_until_for(
            Duration::from_secs(180),
            |f| users.iter().all(|&u| answered_questions(f, u).len() >= 4),
            "every question answered after the restart",
        )
        .await;
        fake.settle().await;
        let store = Store::connect(&db).await.unwrap();
        for &u in &users {
            let mut seen: BTreeMap<QuestionId, usize> = BTreeMap::new();
            for q in answered_questions(&fake, u) {
                *seen.entry(q).or_default() += 1;
            }
            assert_eq!(seen.len(), 4, "user {u}: four questions answered: {seen:?}");
            assert!(seen.values().all(|&n| n == 1), "user {u}: each answered once: {seen:?}");
            assert_eq!(
                store.question_count(TelegramId(u)).await.unwrap(),
                4,
                "user {u}: each question logged once"
            );
        }
        assert_eq!(store.inbox_counts().await.unwrap().pending, 0, "nothing left in the inbox");
        let (status, _) = second.terminate();
        assert!(status.success());
    }
}

backend_tests! {
    async fn an_update_telegram_delivers_twice_is_answered_once(db: String) {
        let fake = FakeTelegram::start().await;
        let dir = tempfile::tempdir().unwrap();
        let port = common::process::free_port();
        let url = format!("http://127.0.0.1:{port}/telegram");
        let listen = format!("127.0.0.1:{port}");
        let mut cmd = serve(&fake.url, &db, &dir.path().join("index"));
        cmd.args(["--webhook", &url, "--listen", &listen, "--secret-token", "s3cret"]);
        let bot = Running::spawn(cmd);
        let user = 7_100_i64;
        let update = serde_json::json!({
            "update_id": 41,
            "message": fake.text_update(user, "en", "What is RoDTEP?"),
        });
        let deadline = tokio::time::Instant::now() + Duration::from_secs(180);
        while common::process::post_update(port, "s3cret", &update).await != Some(200) {
            assert!(tokio::time::Instant::now() < deadline, "the webhook never came up");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        assert_eq!(common::process::post_update(port, "s3cret", &update).await, Some(200));
        fake.wait_until(|f| !answered_questions(f, user).is_empty(), "the answer").await;
        fake.settle().await;
        assert_eq!(answered_questions(&fake, user).len(), 1, "answered once");
        let (status, _) = bot.terminate();
        assert!(status.success());
    }
}
