//! Personal data (DPDP Act 2023): the notice at /start, /mydata as a JSON document, /forget
//! leaving no row of any table that names the user, retention with a test clock, and masked
//! logs.

use crate::common;

use std::time::Duration;

use common::app::TestApp;
use common::backend::backend_tests;
use common::in_script;
use common::telegram::FakeTelegram;
use export_helpdesk::escalation::retention;
use export_helpdesk::store::TelegramId;
use sqlx::Row;

/// How many rows of each table name the user (by id) or hold `text`.
async fn rows_naming(url: &str, user: i64, text: &str) -> Vec<(&'static str, i64)> {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let mut db = sqlx::AnyConnection::connect(url).await.unwrap();
    let like = format!("%{text}%");
    let checks: [(&str, &str); 8] = [
        (
            "users",
            "SELECT COUNT(*) FROM users WHERE telegram_id = $1 OR $2 = ''",
        ),
        (
            "questions",
            "SELECT COUNT(*) FROM questions WHERE telegram_id = $1 OR text LIKE $2",
        ),
        (
            "feedback",
            "SELECT COUNT(*) FROM feedback WHERE telegram_id = $1 OR $2 = ''",
        ),
        (
            "tickets",
            "SELECT COUNT(*) FROM tickets WHERE telegram_id = $1 OR claimed_by = $1 OR $2 = ''",
        ),
        (
            "ticket_messages",
            "SELECT COUNT(*) FROM ticket_messages WHERE telegram_id = $1 OR text LIKE $2",
        ),
        (
            "outbox",
            "SELECT COUNT(*) FROM outbox WHERE chat_id = $1 OR html LIKE $2",
        ),
        (
            "audit_log",
            "SELECT COUNT(*) FROM audit_log WHERE actor = $1 OR detail LIKE $2",
        ),
        (
            "invites",
            "SELECT COUNT(*) FROM invites WHERE created_by = $1 OR used_by = $1 OR $2 = ''",
        ),
    ];
    let mut out = Vec::new();
    for (table, sql) in checks {
        let n: i64 = sqlx::query(sql)
            .bind(user)
            .bind(&like)
            .fetch_one(&mut db)
            .await
            .unwrap()
            .get(0);
        out.push((table, n));
    }
    out
}

backend_tests! {
    async fn start_shows_the_privacy_notice_in_the_users_language(app: TestApp) {
        for lang in ["en", "ta", "hi"] {
            let user = common::unique_id();
            app.telegram.text(user, lang, "/start");
            let text = &app.texts(user, 1).await[0];
            assert!(in_script(text, lang), "{lang}: {text}");
            assert!(
                text.contains("/mydata") && text.contains("/forget") && text.contains("365"),
                "{lang}: what, how long, and how to see and delete it: {text}"
            );
        }
    }
}

backend_tests! {
    async fn mydata_sends_everything_stored_about_the_user_as_a_json_document(app: TestApp) {
        let officer = app.district_officer("UTTAR PRADESH/MORADABAD").await;
        let user = app.user_in("UTTAR PRADESH/MORADABAD").await;
        app.telegram.text(user, "en", "What is RoDTEP?");
        app.texts(user, 1).await;
        let ticket = app.open_ticket(user, "brass lamps by post to Dubai").await;
        app.wait_for(officer, "brass lamps").await;
        app.telegram.text(officer, "en", &format!("/reply {ticket} Use a Dak Ghar Niryat Kendra."));
        app.wait_for(user, "Dak Ghar Niryat Kendra").await;

        app.telegram.text(user, "en", "/mydata");
        app.telegram
            .wait_until(|f| !f.documents(user).is_empty(), "the /mydata document")
            .await;
        let sent = &app.telegram.documents(user)[0];
        assert_eq!(sent["document"]["file_name"], "mydata.json", "{sent}");
        assert!(sent["caption"].as_str().unwrap().contains("/forget"), "{sent}");
        let doc: serde_json::Value =
            serde_json::from_str(sent["document"]["content"].as_str().unwrap()).unwrap();
        assert_eq!(doc["telegram_id"], user);
        assert_eq!(doc["user"]["district"], "UTTAR PRADESH/MORADABAD");
        assert_eq!(doc["retention_days"], 365);
        let questions: Vec<&str> = doc["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["text"].as_str().unwrap())
            .collect();
        assert!(questions.contains(&"What is RoDTEP?"), "{questions:?}");
        assert!(questions.contains(&"brass lamps by post to Dubai"), "{questions:?}");
        assert_eq!(doc["tickets"][0]["id"], ticket.0);
        let thread = doc["ticket_messages"].to_string();
        assert!(thread.contains("Use a Dak Ghar Niryat Kendra."), "{thread}");
        assert!(!doc["audit_log"].as_array().unwrap().is_empty());
        assert_eq!(doc["truncated"], false);
    }
}

backend_tests! {
    async fn forget_leaves_no_row_in_any_table_naming_the_user_or_holding_their_text(
        url: String,
        app: TestApp,
    ) {
        let officer = app.district_officer("UTTAR PRADESH/MORADABAD").await;
        let user = app.user_in("UTTAR PRADESH/MORADABAD").await;
        let secret = format!("carpets-{}", common::unique_id());
        app.telegram.text(user, "en", "What is RoDTEP?");
        app.texts(user, 1).await;
        let down = app.last_buttons(user).into_iter().find(|(t, _)| t == "👎").unwrap().1;
        app.telegram.press(user, "en", &down);
        app.texts(user, 2).await;
        let ticket = app.open_ticket(user, &format!("export of {secret}")).await;
        app.wait_for(officer, &secret).await;
        app.telegram.press(officer, "en", &format!("c:{ticket}"));
        app.wait_for(officer, "is yours").await;
        app.telegram.text(user, "en", &format!("follow-up about {secret}"));
        app.wait_for(officer, "Follow-up").await;
        app.telegram.text(officer, "en", &format!("/reply {ticket} About {secret}: yes."));
        app.wait_for(user, "About").await;
        let before = rows_naming(&url, user, &secret).await;
        for table in ["users", "questions", "feedback", "tickets", "ticket_messages", "outbox"] {
            assert!(
                before.iter().any(|(t, n)| *t == table && *n > 0),
                "the test stores something in {table}: {before:?}"
            );
        }
        let opened = app.store.audit_of(ticket).await.unwrap();
        assert!(!opened.is_empty());

        app.telegram.text(user, "en", "/forget");
        app.wait_for(user, "cannot be undone").await;
        app.telegram.press(user, "en", "x:y");
        app.wait_for(user, "has been deleted").await;
        // The outbox worker may still mark a row sent; it never brings one back.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let after = rows_naming(&url, user, &secret).await;
        assert!(after.iter().all(|(_, n)| *n == 0), "left after /forget: {after:?}");
        assert!(app.store.audit_of(ticket).await.unwrap().is_empty());
        assert!(app.store.ticket(ticket).await.unwrap().is_none());
        assert!(
            app.store.officer(TelegramId(officer)).await.unwrap().is_some(),
            "the officer is not forgotten with the user"
        );
    }
}

backend_tests! {
    async fn an_officer_who_forgets_is_anonymised_in_the_audit_log_and_threads(
        url: String,
        app: TestApp,
    ) {
        let officer = app.district_officer("UTTAR PRADESH/MORADABAD").await;
        let user = app.user_in("UTTAR PRADESH/MORADABAD").await;
        let ticket = app.open_ticket(user, "wooden toys export").await;
        app.wait_for(officer, "wooden toys").await;
        app.telegram.text(officer, "en", &format!("/reply {ticket} Register with EPCH."));
        app.wait_for(user, "Register with EPCH.").await;
        app.store.forget(TelegramId(officer)).await.unwrap();
        let after = rows_naming(&url, officer, "\u{1}none").await;
        assert!(after.iter().all(|(_, n)| *n == 0), "{after:?}");
        let log = app.store.audit_of(ticket).await.unwrap();
        assert!(log.contains(&"answered".to_string()), "the action stays: {log:?}");
        let thread = app.store.ticket_messages(ticket).await.unwrap();
        assert_eq!(thread.len(), 2, "the user's thread keeps the answer");
    }
}

backend_tests! {
    async fn retention_deletes_old_question_texts_and_closed_tickets_and_keeps_the_rest(
        app: TestApp,
    ) {
        let officer = app.district_officer("UTTAR PRADESH/MORADABAD").await;
        let (user, other) = (
            app.user_in("UTTAR PRADESH/MORADABAD").await,
            app.user_in("UTTAR PRADESH/MORADABAD").await,
        );
        app.telegram.text(user, "en", "What is EPCG?");
        app.texts(user, 1).await;
        let closed = app.open_ticket(user, "a question answered long ago").await;
        let open = app.open_ticket(other, "a question still open").await;
        app.telegram.text(officer, "en", &format!("/close {closed}"));
        app.wait_for(officer, &format!("Ticket #{closed} is closed.")).await;
        let store = &app.store;
        let now = export_helpdesk::store::now();
        let day = retention::DAY;

        let purged = retention::tick(store, 365, now + 364 * day).await.unwrap();
        assert_eq!(purged.tickets + purged.questions, 0, "nothing is a year old yet");
        assert_eq!(store.question_count(TelegramId(user)).await.unwrap(), 2);

        let purged = retention::tick(store, 365, now + 366 * day).await.unwrap();
        assert_eq!(purged.tickets, 1, "the closed ticket");
        assert_eq!(purged.questions, 2, "the plain question and the closed ticket's");
        assert!(store.ticket(closed).await.unwrap().is_none());
        assert!(store.ticket_messages(closed).await.unwrap().is_empty());
        assert!(store.audit_of(closed).await.unwrap().is_empty());
        assert_eq!(store.question_count(TelegramId(user)).await.unwrap(), 0);
        assert!(store.ticket(open).await.unwrap().is_some(), "an open ticket is kept");
        assert_eq!(store.question_count(TelegramId(other)).await.unwrap(), 1, "its question too");
        let again = retention::tick(store, 365, now + 367 * day).await.unwrap();
        assert_eq!(again, Default::default(), "a second run finds nothing");
    }
}

/// The binary with `RUST_LOG` as given; its stderr once it stopped.
async fn serve_and_ask(log: &str, question: &str, user: i64) -> String {
    use std::process::{Command, Stdio};
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_export-helpdesk"))
        .current_dir(common::repo())
        .arg("serve")
        .env("TELOXIDE_TOKEN", "424242:TOKEN")
        .env("TELEGRAM_API_URL", &fake.url)
        .env(
            "DATABASE_URL",
            format!("sqlite://{}", dir.path().join("bot.db").display()),
        )
        .env("INDEX_DIR", dir.path().join("index"))
        .env("RUST_LOG", log)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stderr.take().unwrap();
    let stderr = std::thread::spawn(move || {
        let mut err = String::new();
        let _ = std::io::Read::read_to_string(&mut pipe, &mut err);
        err
    });
    fake.text(user, "en", question);
    fake.wait_until_for(
        Duration::from_secs(120),
        |f| !f.delivered(user).is_empty(),
        "the answer",
    )
    .await;
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
    stderr.join().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_mask_phone_e_mail_pan_and_aadhaar_and_hold_no_user_text_at_info() {
    let question =
        "IEC for PAN ABCDE1234F, call 9876543210 or asha@example.in, Aadhaar 2345 6789 0123";
    let traced = serve_and_ask("trace", question, 5001).await;
    assert!(
        traced.contains("[PAN]") || traced.contains("[phone]"),
        "masked, not dropped"
    );
    for secret in [
        "ABCDE1234F",
        "9876543210",
        "asha@example.in",
        "2345 6789 0123",
    ] {
        assert!(!traced.contains(secret), "{secret} in the trace log");
    }
    let info = serve_and_ask("info", "Kya main haldi export kar sakta hoon", 5002).await;
    assert!(info.contains("connected to Telegram"), "{info}");
    assert!(
        !info.to_lowercase().contains("haldi"),
        "user text at info: {info}"
    );
}
