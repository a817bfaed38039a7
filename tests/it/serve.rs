//! The real binary, `export-helpdesk serve`, against the fake Bot API: long polling and
//! webhook mode, the command menu in every language, graceful shutdown, and a token that
//! never reaches the logs.

use crate::common;

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::backend::backend_tests;
use common::process::add_officer;
use common::telegram::FakeTelegram;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const TOKEN: &str = "424242:SECRET-TOKEN-VALUE";

fn serve(fake: &FakeTelegram, dir: &std::path::Path, extra: &[&str]) -> Child {
    serve_on(
        fake,
        dir,
        &format!("sqlite://{}", dir.join("bot.db").display()),
        extra,
    )
}

fn serve_on(fake: &FakeTelegram, dir: &std::path::Path, db: &str, extra: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_export-helpdesk"))
        .current_dir(common::repo())
        .arg("serve")
        .args(extra)
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELEGRAM_API_URL", &fake.url)
        .env("DATABASE_URL", db)
        .env("INDEX_DIR", dir.join("index"))
        .env("RUST_LOG", "trace")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The child with its stderr read continuously (a full pipe would block its logging).
struct Running {
    child: Child,
    stderr: std::thread::JoinHandle<String>,
}

fn running(mut child: Child) -> Running {
    let mut pipe = child.stderr.take().unwrap();
    let stderr = std::thread::spawn(move || {
        let mut err = String::new();
        let _ = std::io::Read::read_to_string(&mut pipe, &mut err);
        err
    });
    Running { child, stderr }
}

fn terminate(run: Running) -> (std::process::ExitStatus, String) {
    let Running { mut child, stderr } = run;
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    for _ in 0..200 {
        if let Some(status) = child.try_wait().unwrap() {
            return (status, stderr.join().unwrap());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.kill().unwrap();
    panic!("serve did not stop within 20 s of SIGTERM");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_answers_by_long_polling_sets_the_menu_in_every_language_and_stops_on_sigterm() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let child = running(serve(&fake, dir.path(), &[]));
    fake.text(2001, "ml", "/start");
    fake.wait_until_for(
        Duration::from_secs(120),
        |f| !f.delivered(2001).is_empty(),
        "the /start reply",
    )
    .await;
    let reply = fake.delivered(2001)[0]["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(common::in_script(&reply, "ml"), "{reply}");

    let menus: Vec<_> = fake
        .calls()
        .into_iter()
        .filter(|c| c.method == "setMyCommands")
        .collect();
    assert_eq!(menus.len(), 12, "a default menu and one per language");
    let tamil = menus
        .iter()
        .find(|c| c.body["language_code"] == "ta")
        .expect("a Tamil menu");
    let commands: Vec<&str> = tamil.body["commands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["command"].as_str().unwrap())
        .collect();
    assert!(commands.contains(&"hs") && commands.contains(&"forget"));
    assert!(common::in_script(
        tamil.body["commands"][0]["description"].as_str().unwrap(),
        "ta"
    ));

    let (status, stderr) = terminate(child);
    assert!(status.success(), "exit on SIGTERM: {status:?}\n{stderr}");
    assert!(
        !stderr.contains("SECRET-TOKEN-VALUE"),
        "the token was logged:\n{stderr}"
    );
}

async fn post(port: u16, secret: &str, body: &serde_json::Value) -> String {
    let body = body.to_string();
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let req = format!(
        "POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         X-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).await.unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    out.lines().next().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_checks_the_secret_token_on_every_update() {
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/telegram");
    let listen = format!("127.0.0.1:{port}");
    let child = running(serve(
        &fake,
        dir.path(),
        &[
            "--webhook",
            &url,
            "--listen",
            &listen,
            "--secret-token",
            "s3cret-value",
        ],
    ));
    fake.wait_until_for(
        Duration::from_secs(120),
        |f| f.calls().iter().any(|c| c.method == "setWebhook"),
        "setWebhook",
    )
    .await;
    let hook = fake
        .calls()
        .into_iter()
        .find(|c| c.method == "setWebhook")
        .unwrap();
    let form = hook
        .body
        .as_str()
        .map_or_else(|| hook.body.to_string(), str::to_string);
    assert!(form.contains(&url), "setWebhook names our URL: {form}");
    assert!(
        form.contains("s3cret-value"),
        "setWebhook carries the secret"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;

    let update =
        json!({"update_id": 1, "message": fake.text_update(2002, "en", "What is RoDTEP?")});
    let refused = post(port, "wrong", &update).await;
    assert!(
        refused.contains("401"),
        "a wrong secret is refused: {refused}"
    );
    let accepted = post(port, "s3cret-value", &update).await;
    assert!(accepted.contains("200"), "{accepted}");
    fake.wait_until(|f| !f.delivered(2002).is_empty(), "the webhook reply")
        .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        fake.delivered(2002).len(),
        1,
        "only the update with the right secret was answered"
    );
    assert!(
        fake.delivered(2002)[0]["text"]
            .as_str()
            .unwrap()
            .contains("RoDTEP")
    );

    let (status, stderr) = terminate(child);
    assert!(status.success(), "{stderr}");
    assert!(
        !stderr.contains("SECRET-TOKEN-VALUE"),
        "the token was logged"
    );
    assert!(
        !stderr.contains("s3cret-value"),
        "the webhook secret was logged"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sigkill_mid_flow_loses_no_ticket_message_and_sends_none_twice() {
    use common::telegram::Fault;
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    let (officer, user) = (4001_i64, 4002_i64);
    add_officer(&db, officer, "Moradabad");

    let first = running(serve(&fake, dir.path(), &[]));
    fake.text(user, "en", "/district Moradabad");
    fake.wait_until_for(
        Duration::from_secs(120),
        |f| !f.delivered(user).is_empty(),
        "the district reply",
    )
    .await;
    // Telegram refuses the ticket's two messages for a few seconds; then the bot dies.
    fake.fail_next("sendMessage", Fault::RetryAfter(4));
    fake.fail_next("sendMessage", Fault::RetryAfter(4));
    fake.text(user, "en", "/officer Can I export brass lamps by post?");
    fake.wait_until(
        |f| {
            f.calls()
                .iter()
                .filter(|c| c.method == "sendMessage" && !c.ok)
                .count()
                >= 2
                && f.pending_updates() == 0
        },
        "both ticket messages refused",
    )
    .await;
    let mut child = first.child;
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(
        fake.delivered(officer).is_empty(),
        "nothing reached the officer before the crash"
    );

    let second = running(serve(&fake, dir.path(), &[]));
    fake.wait_until_for(
        Duration::from_secs(60),
        |f| !f.delivered(officer).is_empty(),
        "the officer notification after restart",
    )
    .await;
    let note = fake.delivered(officer)[0]["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(note.contains("brass lamps"), "{note}");
    let ticket = common::ticket_number(&note);
    fake.text(
        officer,
        "en",
        &format!("/reply {ticket} Yes, through a Dak Ghar Niryat Kendra."),
    );
    fake.wait_until_for(
        Duration::from_secs(30),
        |f| {
            f.delivered(user)
                .iter()
                .any(|m| m["text"].as_str().unwrap().contains("Dak Ghar"))
        },
        "the answer",
    )
    .await;
    fake.settle().await;
    let to_user: Vec<String> = fake
        .delivered(user)
        .iter()
        .map(|m| m["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        to_user
            .iter()
            .filter(|t| t.contains("passed to the export desk"))
            .count(),
        1,
        "the ticket number once: {to_user:#?}"
    );
    assert_eq!(
        to_user.iter().filter(|t| t.contains("Dak Ghar")).count(),
        1,
        "the answer once"
    );
    assert_eq!(
        fake.delivered(officer)
            .iter()
            .filter(|m| m["text"].as_str().unwrap().contains("brass lamps"))
            .count(),
        1
    );
    let (status, _) = terminate(second);
    assert!(status.success());
}

backend_tests! {
    async fn a_sigkill_during_a_burst_of_replies_and_follow_ups_loses_nothing_and_repeats_nothing(
        db: String,
    ) {
        use common::telegram::Fault;
        let dir = tempfile::tempdir().unwrap();
        let fake = FakeTelegram::start().await;
        let officer = 5001_i64;
        let users: Vec<i64> = (5101..5105).collect();
        add_officer(&db, officer, "Firozabad");

        let first = running(serve_on(&fake, dir.path(), &db, &[]));
        for &u in &users {
            fake.text(u, "en", "/district Firozabad");
        }
        fake.wait_until_for(
            Duration::from_secs(120),
            |f| users.iter().all(|&u| !f.delivered(u).is_empty()),
            "districts set",
        )
        .await;
        for &u in &users {
            fake.text(u, "en", &format!("/officer glass bangles order {u}"));
        }
        fake.wait_until_for(
            Duration::from_secs(30),
            |f| f.delivered(officer).len() >= users.len(),
            "all tickets at the desk",
        )
        .await;
        let tickets: Vec<(export_helpdesk::store::TicketId, i64)> = fake
            .delivered(officer)
            .iter()
            .map(|m| {
                let t = m["text"].as_str().unwrap();
                let ticket = common::ticket_number(t);
                let user: i64 = t
                    .split("order ")
                    .nth(1)
                    .unwrap()
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap();
                (ticket, user)
            })
            .collect();

        // The burst: the desk answers every ticket and each user writes back, while Telegram
        // refuses messages for a while (429); then the bot is killed.
        for _ in 0..6 {
            fake.fail_next("sendMessage", Fault::RetryAfter(2));
        }
        for (ticket, user) in &tickets {
            fake.text(officer, "en", &format!("/reply {ticket} Answer for {user}"));
        }
        fake.wait_until(|f| f.pending_updates() == 0, "the replies fetched")
            .await;
        tokio::time::sleep(Duration::from_millis(800)).await;
        for &(_, user) in &tickets {
            fake.text(user, "en", &format!("Thanks, one more thing from {user}"));
        }
        fake.wait_until(|f| f.pending_updates() == 0, "the follow-ups fetched")
            .await;
        tokio::time::sleep(Duration::from_millis(800)).await;
        let mut child = first.child;
        child.kill().unwrap();
        child.wait().unwrap();

        let second = running(serve_on(&fake, dir.path(), &db, &[]));
        let done = |f: &FakeTelegram| {
            tickets.iter().all(|(_, u)| {
                f.delivered(*u).iter().any(|m| {
                    m["text"]
                        .as_str()
                        .unwrap()
                        .contains(&format!("Answer for {u}"))
                })
            }) && tickets.iter().all(|(_, u)| {
                f.delivered(*u).iter().any(|m| {
                    m["text"]
                        .as_str()
                        .unwrap()
                        .contains("passed to the export desk")
                })
            }) && tickets.iter().all(|(_, u)| {
                f.delivered(officer).iter().any(|m| {
                    m["text"]
                        .as_str()
                        .unwrap()
                        .contains(&format!("one more thing from {u}"))
                })
            })
        };
        fake.wait_until_for(
            Duration::from_secs(120),
            done,
            "every answer and follow-up after the restart",
        )
        .await;
        fake.settle().await;
        for (ticket, user) in &tickets {
            let to_user = fake.delivered(*user);
            let answers = to_user
                .iter()
                .filter(|m| {
                    m["text"]
                        .as_str()
                        .unwrap()
                        .contains(&format!("Answer for {user}"))
                })
                .count();
            assert_eq!(answers, 1, "ticket #{ticket}: the answer once");
            let opened = to_user
                .iter()
                .filter(|m| {
                    m["text"]
                        .as_str()
                        .unwrap()
                        .contains("passed to the export desk")
                })
                .count();
            assert_eq!(opened, 1, "ticket #{ticket}: the ticket number once");
            let follow = fake
                .delivered(officer)
                .iter()
                .filter(|m| {
                    m["text"]
                        .as_str()
                        .unwrap()
                        .contains(&format!("one more thing from {user}"))
                })
                .count();
            assert_eq!(follow, 1, "ticket #{ticket}: the follow-up once");
        }
        let (status, _) = terminate(second);
        assert!(status.success());
    }
}
