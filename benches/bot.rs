//! End-to-end bot benchmark: updates per second through the real inbox and handlers,
//! against the fake Bot API of the tests (on 127.0.0.1), with a SQLite database; then the
//! answer latency of single questions (p50/p99), from the update being available to the
//! reply reaching the Bot API.
//!
//! Run with `cargo bench --bench bot`. Figures are kept in docs/PERFORMANCE.md.

#[path = "../tests/common/telegram.rs"]
#[allow(dead_code)]
mod telegram;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use export_helpdesk::answer::Answerer;
use export_helpdesk::bot::{Context, flood::Flood};
use export_helpdesk::store::Store;
use telegram::FakeTelegram;
use teloxide::prelude::*;

const QUESTIONS: &[(&str, &str)] = &[
    ("en", "What is RoDTEP?"),
    ("en", "How do I get an IEC?"),
    ("hi", "kaali mirch ka hs code"),
    ("hi", "निर्यात करने के लिए आईईसी कैसे बनवाएं?"),
    ("ta", "ஏற்றுமதிக்கு GST செலுத்த வேண்டுமா?"),
    ("en", "advanse autorization"),
    ("en", "/hs 0910"),
    ("en", "What will the weather be in Jaipur tomorrow?"),
    ("bn", "RoDTEP প্রকল্প কী?"),
    ("en", "export products of Bhadohi"),
];

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(run());
}

async fn run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let answerer =
        Arc::new(Answerer::open(&root.join("knowledge"), &root.join("locales"), None).unwrap());
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&format!(
        "sqlite://{}",
        dir.path().join("bench.db").display()
    ))
    .await
    .unwrap();
    let ctx = Arc::new(
        Context::new(answerer, store, telegram::BOT_USERNAME)
            .with_flood(Flood::new(1_000_000, Duration::from_secs(60))),
    );
    let bot = Bot::new("1:BENCH").set_api_url(fake.url.parse().unwrap());
    let desk = export_helpdesk::startup::helpdesk(bot.clone(), ctx);
    let shutdown = desk.shutdown_token();
    let handle = tokio::spawn(desk.poll(bot));

    // Warm up: the first question of each kind.
    for (i, (lang, q)) in QUESTIONS.iter().enumerate() {
        fake.text(1 + i as i64, lang, q);
    }
    wait_total(&fake, QUESTIONS.len()).await;

    // Throughput: 5,000 updates from 1,000 users, queued at once.
    let n = 5_000;
    let base = fake.delivered_total();
    let started = Instant::now();
    for i in 0..n {
        let (lang, q) = QUESTIONS[i % QUESTIONS.len()];
        fake.text(10_000 + (i % 1_000) as i64, lang, q);
    }
    wait_total(&fake, base + n).await;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "throughput: {n} updates in {secs:.2} s = {:.0} updates/s (SQLite, 1,000 users)",
        n as f64 / secs
    );

    // Latency: one question at a time.
    let mut samples = Vec::new();
    for i in 0..300 {
        let (lang, q) = QUESTIONS[i % QUESTIONS.len()];
        let chat = 50_000 + i as i64;
        let before = fake.delivered_total();
        let t = Instant::now();
        fake.text(chat, lang, q);
        while fake.delivered_total() == before {
            tokio::time::sleep(Duration::from_micros(200)).await;
        }
        samples.push(t.elapsed().as_secs_f64() * 1e3);
    }
    samples.sort_by(f64::total_cmp);
    let at = |p: f64| samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)];
    println!(
        "answer latency (update available → reply at the Bot API), {} questions: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms",
        samples.len(),
        at(0.5),
        at(0.9),
        at(0.99)
    );
    shutdown.trigger();
    let _ = handle.await;
}

async fn wait_total(fake: &FakeTelegram, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(600);
    while fake.delivered_total() < n {
        assert!(
            Instant::now() < deadline,
            "timed out: {} of {n}",
            fake.delivered_total()
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}
