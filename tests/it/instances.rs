//! Several instances, one PostgreSQL: two `serve --webhook` processes behind a round-robin
//! proxy (written here, as a load balancer would be) on one database. Each update is handled
//! once, each ticket opened once, each officer reply delivered once — also after one of them
//! is SIGKILLed; two SLA passes at once remind once; a knowledge reload is seen by both.

use crate::common;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use common::backend::{Backend, TestDb};
use common::process::{Running, add_officer, forward, free_port, serve, status_of};
use common::telegram::FakeTelegram;
use export_helpdesk::answer::Answerer;
use export_helpdesk::escalation::sla::{self, Sla};
use export_helpdesk::store::{Store, TelegramId, TicketId};
use serde_json::{Value, json};

const SECRET: &str = "two-instances-secret";

/// A round-robin proxy in front of `backends`; a backend that does not answer is skipped,
/// as a load balancer's health check would. Returns its port.
async fn proxy(backends: Vec<u16>) -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let state = Arc::new((backends, AtomicUsize::new(0)));
    let app = axum::Router::new()
        .route("/telegram", axum::routing::post(pass_on))
        .with_state(state);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    port
}

async fn pass_on(
    State(state): State<Arc<(Vec<u16>, AtomicUsize)>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> StatusCode {
    let (backends, next) = &*state;
    let secret = headers
        .get("x-telegram-bot-api-secret-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let mut request = format!(
        "POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         X-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    request.extend_from_slice(&body);
    for _ in 0..backends.len() {
        let backend = backends[next.fetch_add(1, Ordering::SeqCst) % backends.len()];
        if let Some(answer) = forward(backend, &request).await {
            let status = status_of(&answer).unwrap_or(502);
            return StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
        }
    }
    StatusCode::BAD_GATEWAY
}

/// Telegram's side of a webhook: each update POSTed until it gets a 200, one after another.
struct Sender {
    port: u16,
    next_id: AtomicI64,
}

impl Sender {
    async fn send(&self, message: Value) {
        let update =
            json!({"update_id": self.next_id.fetch_add(1, Ordering::SeqCst), "message": message});
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        while common::process::post_update(self.port, SECRET, &update).await != Some(200) {
            assert!(
                tokio::time::Instant::now() < deadline,
                "no instance took {update}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

/// A small knowledge base: the repository's districts and two entries.
fn small_kb(dir: &Path) {
    let from = common::repo().join("knowledge/districts");
    std::fs::create_dir_all(dir.join("districts")).unwrap();
    for f in std::fs::read_dir(&from).unwrap().flatten() {
        std::fs::copy(f.path(), dir.join("districts").join(f.file_name())).unwrap();
    }
    std::fs::create_dir_all(dir.join("entries")).unwrap();
    std::fs::create_dir_all(dir.join("hs")).unwrap();
    std::fs::write(
        dir.join("hs/hsn.csv"),
        "code,description\n70,GLASS AND GLASSWARE\n7018,GLASS BEADS\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("entries/rodtep.md"),
        entry(
            "rodtep",
            "RoDTEP tax remission",
            "Refunds embedded taxes on exported goods.",
        ),
    )
    .unwrap();
}

fn entry(id: &str, title: &str, summary: &str) -> String {
    format!(
        "+++\nid = \"{id}\"\nkind = \"scheme\"\nreviewed = 2026-01-01\n\n[source]\ncite = \"FTP 2023 para 1.01\"\n\n\
         [title]\nen = \"{title}\"\n\n[summary]\nen = \"{summary}\"\n\n[keywords]\nen = [\"{id}\"]\n+++\n"
    )
}

/// Waits until something listens on `port` (a request without the secret is refused).
async fn up(port: u16) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(180);
    while common::process::post_update(port, "not-the-secret", &json!({})).await != Some(401) {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the instance on {port} never came up"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn count(fake: &FakeTelegram, chat: i64, needle: &str) -> usize {
    fake.delivered(chat)
        .iter()
        .filter(|m| m["text"].as_str().unwrap_or_default().contains(needle))
        .count()
}

/// A time at which tickets opened now have waited 25 to 30 working hours (reminder, no
/// escalation yet).
fn a_day_of_work_later(sla: &Sla) -> i64 {
    let now = export_helpdesk::store::now();
    (25..24 * 14)
        .map(|h| now + h * 3600)
        .find(|&t| (25 * 3600..30 * 3600).contains(&sla.working_seconds(now, t)))
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_webhook_instances_on_one_postgresql_handle_each_update_once_also_after_a_sigkill() {
    let Some(db) = TestDb::create(Backend::Postgres).await else {
        return;
    };
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (kb, index) = (dir.path().join("knowledge"), dir.path().join("index"));
    small_kb(&kb);
    let officer = 8_000_i64;
    add_officer(&db.url, officer, "Firozabad");
    let ports = [free_port(), free_port()];
    let front = proxy(ports.to_vec()).await;
    let url = format!("http://127.0.0.1:{front}/telegram");
    let instance = |port: u16| {
        let mut cmd = serve(&fake.url, &db.url, &index);
        cmd.env("KNOWLEDGE_DIR", &kb).args(["--webhook", &url]);
        cmd.args([
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--secret-token",
            SECRET,
        ]);
        Running::spawn(cmd)
    };
    let mut a = instance(ports[0]);
    up(ports[0]).await;
    let b = instance(ports[1]);
    up(ports[1]).await;
    let telegram = Sender {
        port: front,
        next_id: AtomicI64::new(1),
    };

    // Ten users set their district and ask for an officer; the proxy alternates, so a user's
    // two updates usually go to different instances (and must still be handled in order).
    let users: Vec<i64> = (8_101..8_111).collect();
    for &u in &users {
        telegram
            .send(fake.text_update(u, "en", "/district Firozabad"))
            .await;
        telegram
            .send(fake.text_update(u, "en", &format!("/officer Glass bangles order from {u}")))
            .await;
    }
    fake.wait_until_for(
        Duration::from_secs(60),
        |f| {
            users.iter().all(|&u| {
                count(f, officer, &format!("order from {u}")) >= 1
                    && count(f, u, "passed to the export desk") >= 1
            })
        },
        "every ticket at the desk and its number with its user",
    )
    .await;
    let store = Store::connect(&db.url).await.unwrap();
    let mut tickets: Vec<(TicketId, i64)> = Vec::new();
    for &u in &users {
        let open = store.open_tickets(TelegramId(u)).await.unwrap();
        assert_eq!(open.len(), 1, "user {u}: one ticket");
        tickets.push((open[0].0, u));
    }

    // Both instances' SLA passes run at once, a working day later (the test clock).
    let answerer = Arc::new(Answerer::open(&kb, &common::repo().join("locales"), None).unwrap());
    let other = Store::connect(&db.url).await.unwrap();
    let sla = Sla::default();
    let later = a_day_of_work_later(&sla);
    let (r1, r2) = tokio::join!(
        sla::tick(&store, &answerer, &sla, later),
        sla::tick(&other, &answerer, &sla, later)
    );
    let reminded = r1.unwrap().reminded.len() + r2.unwrap().reminded.len();
    assert!(reminded >= tickets.len(), "every ticket was due a reminder");
    fake.wait_until_for(
        Duration::from_secs(60),
        |f| {
            tickets
                .iter()
                .all(|(t, _)| count(f, officer, &format!("Reminder: ticket #{t} ")) >= 1)
        },
        "a reminder of every ticket",
    )
    .await;

    // The desk answers every ticket; one instance is killed half-way.
    for (i, (ticket, u)) in tickets.iter().enumerate() {
        telegram
            .send(fake.text_update(officer, "en", &format!("/reply {ticket} Answer for {u}")))
            .await;
        if i == 4 {
            a.kill();
            a = instance(ports[0]); // restarted at once, as a supervisor would
        }
    }
    fake.wait_until_for(
        Duration::from_secs(120),
        |f| {
            tickets
                .iter()
                .all(|(_, u)| count(f, *u, &format!("Answer for {u}")) >= 1)
        },
        "every answer delivered",
    )
    .await;
    up(ports[0]).await;
    fake.settle().await;
    for (ticket, u) in &tickets {
        assert_eq!(
            count(&fake, officer, &format!("order from {u}")),
            1,
            "#{ticket}: the desk told once"
        );
        assert_eq!(
            count(&fake, *u, "passed to the export desk"),
            1,
            "#{ticket}: its number once"
        );
        assert_eq!(
            count(&fake, *u, &format!("Answer for {u}")),
            1,
            "#{ticket}: the answer once"
        );
        assert_eq!(
            count(&fake, officer, &format!("Reminder: ticket #{ticket} ")),
            1,
            "#{ticket}: one reminder"
        );
        let audit = store.audit_of(*ticket).await.unwrap();
        assert_eq!(
            audit.iter().filter(|a| *a == "reminded").count(),
            1,
            "#{ticket}: {audit:?}"
        );
        assert_eq!(
            audit.iter().filter(|a| *a == "opened").count(),
            1,
            "#{ticket}: {audit:?}"
        );
    }
    assert_eq!(store.inbox_counts().await.unwrap().pending, 0);

    // A new entry and SIGHUP to both: each answers from it (the other one paused meanwhile, so
    // the update in the shared inbox can only be handled by the one asked).
    std::fs::write(
        kb.join("entries/zari.md"),
        entry(
            "zarizardozi",
            "Zari zardozi embroidery export guide",
            "How to export zari work.",
        ),
    )
    .unwrap();
    a.signal("HUP");
    b.signal("HUP");
    let mut asker = 8_200_i64;
    for (paused, port) in [(&b, ports[0]), (&a, ports[1])] {
        paused.signal("STOP");
        let direct = Sender {
            port,
            next_id: AtomicI64::new(telegram.next_id.fetch_add(100, Ordering::SeqCst)),
        };
        let deadline = tokio::time::Instant::now() + Duration::from_secs(90);
        loop {
            asker += 1;
            direct
                .send(fake.text_update(asker, "en", "zarizardozi"))
                .await;
            fake.wait_until(|f| !f.delivered(asker).is_empty(), "an answer")
                .await;
            if count(&fake, asker, "Zari zardozi") > 0 {
                break;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "the instance on {port} never reloaded"
            );
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        paused.signal("CONT");
    }
    for run in [a, b] {
        let (status, _) = run.terminate();
        assert!(status.success());
    }
}
