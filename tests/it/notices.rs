//! Subscriptions and notices through the fake Bot API, on both backends: subscribing (by
//! product name in Tamil, my district, topics), notices by HS code and district, a yearly
//! deadline once a period, an event reminder the day before (a test clock drives
//! `broadcast::tick`), /unsubscribe, a 403 pausing a user, and officers' /announce.
//! The test notices are `tests/fixtures/notices/*.md`, added to a copy of `knowledge/`.

use std::sync::Arc;

use chrono::DateTime;
use export_helpdesk::answer::Answerer;
use export_helpdesk::escalation::broadcast;
use export_helpdesk::store::{Store, SubscriptionKind, TelegramId};

use crate::common;
use common::app::TestApp;
use common::backend::{FromTestDb, TestDb, backend_tests};
use common::telegram::Fault;

/// The bot over a knowledge base that holds the test notices.
struct App(TestApp);

impl FromTestDb for App {
    async fn from_test_db(db: &TestDb) -> Self {
        App(TestApp::spawn_with_answerer(db.store().await, answerer().clone()).await)
    }
}

impl std::ops::Deref for App {
    type Target = TestApp;
    fn deref(&self) -> &TestApp {
        &self.0
    }
}

fn answerer() -> &'static Arc<Answerer> {
    &common::notices_answerer().0
}

/// Unix seconds of an RFC 3339 time.
fn at(time: &str) -> i64 {
    DateTime::parse_from_rfc3339(time).unwrap().timestamp()
}

/// One pass of the broadcast at the test clock's `time`.
async fn tick(store: &Store, time: &str) -> broadcast::Report {
    let a = answerer();
    broadcast::tick(store, &a.i18n, &a.engine().kb, at(time))
        .await
        .unwrap()
}

/// Waits until the outbox has nothing left to send.
async fn drained(app: &TestApp) {
    for _ in 0..200 {
        if app.store.outbox_pending().await.unwrap() == 0 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the outbox did not drain");
}

/// Texts delivered to a chat that contain `needle`.
fn count(app: &TestApp, chat: i64, needle: &str) -> usize {
    app.telegram
        .delivered(chat)
        .iter()
        .filter(|m| m["text"].as_str().unwrap_or_default().contains(needle))
        .count()
}

async fn user_with_language(app: &TestApp, district: &str, lang: &str) -> i64 {
    let user = app.user_in(district).await;
    let lang = export_helpdesk::lang::Lang::parse(lang).unwrap();
    app.store
        .set_language(TelegramId(user), lang)
        .await
        .unwrap();
    user
}

backend_tests! {
    async fn a_tamil_user_subscribed_by_product_name_gets_the_hs_notice_in_tamil_and_no_one_else_does(
        app: App,
    ) {
        let tamil = user_with_language(&app, "TAMIL NADU/ERODE", "ta").await;
        let other = app.user_in("UTTAR PRADESH/AGRA").await;
        app.store
            .subscribe(TelegramId(other), SubscriptionKind::District, "UTTAR PRADESH/AGRA")
            .await
            .unwrap();
        app.telegram.text(tamil, "ta", "/subscribe");
        app.texts(tamil, 1).await;
        let buttons = app.last_buttons(tamil);
        assert!(buttons.iter().any(|(_, d)| d == "up"), "{buttons:?}");
        app.telegram.press(tamil, "ta", "up");
        app.texts(tamil, 2).await;
        app.telegram.text(tamil, "ta", "மஞ்சள்");
        let done = app.wait_for(tamil, "HS 0910").await;
        assert!(common::in_script(&done, "ta"), "{done}");

        tick(&app.store, "2030-01-01T10:00:01+05:30").await;
        let got = app.wait_for(tamil, "மஞ்சள் ஏற்றுமதிக்கு").await;
        assert!(got.contains("HS தலைப்பு 0910"), "the Tamil summary: {got}");
        assert!(!got.contains("new rates"), "not the English: {got}");
        drained(&app).await;
        assert!(app.telegram.delivered(other).is_empty(), "nothing for a user subscribed elsewhere");
        tick(&app.store, "2030-01-02T10:00:00+05:30").await;
        drained(&app).await;
        assert_eq!(count(&app, tamil, "மஞ்சள் ஏற்றுமதிக்கு"), 1, "sent once");
    }

    async fn a_district_notice_reaches_that_district_in_english_with_a_note_and_not_another(
        app: App,
    ) {
        let hindi = user_with_language(&app, "UTTAR PRADESH/MORADABAD", "hi").await;
        let agra = app.user_in("UTTAR PRADESH/AGRA").await;
        // The end of onboarding offers the one button, in the user's language.
        app.telegram.text(hindi, "hi", "/district Moradabad");
        app.texts(hindi, 1).await;
        let buttons = app.last_buttons(hindi);
        assert_eq!(buttons.len(), 1, "{buttons:?}");
        assert_eq!(buttons[0].1, "ud");
        assert!(common::in_script(&buttons[0].0, "hi"), "{buttons:?}");
        app.telegram.press(hindi, "hi", "ud");
        app.texts(hindi, 2).await;
        app.telegram.text(agra, "en", "/district Agra");
        app.texts(agra, 1).await;
        app.telegram.press(agra, "en", "ud");
        app.wait_for(agra, "you will get updates about Agra").await;

        tick(&app.store, "2030-01-05T10:00:00+05:30").await;
        let got = app.wait_for(hindi, "export outreach camp in Moradabad").await;
        let hi = export_helpdesk::lang::Lang::Hi;
        let note = answerer().i18n.get(hi, "notice-in-english");
        assert!(got.contains(&note), "a note in Hindi that it is English: {got}");
        assert!(got.contains("https://example.org/&lt;camp&gt;"), "escaped: {got}");
        drained(&app).await;
        assert_eq!(count(&app, agra, "Moradabad"), 0);
    }

    async fn a_yearly_deadline_goes_once_a_period_and_not_to_who_said_done_for_it(app: App) {
        let a = app.user_in("UTTAR PRADESH/AGRA").await;
        let b = app.user_in("UTTAR PRADESH/AGRA").await;
        for u in [a, b] {
            app.telegram.press(u, "en", "ut:deadlines");
            app.wait_for(u, "updates about Deadlines").await;
        }
        tick(&app.store, "2030-03-31T12:00:00+05:30").await;
        tick(&app.store, "2030-04-01T10:00:00+05:30").await;
        app.wait_for(a, "update your IEC").await;
        app.wait_for(b, "update your IEC").await;
        tick(&app.store, "2030-05-01T10:00:00+05:30").await;
        tick(&app.store, "2030-06-30T10:00:00+05:30").await;
        drained(&app).await;
        assert_eq!(count(&app, a, "update your IEC"), 1, "once in 2030");
        let done = app.last_buttons(b);
        assert!(done.iter().any(|(_, d)| d == "nd:test-iec-yearly:2030"), "{done:?}");
        // B says "Done" for 2031 (as /notices offers while the window is open): nothing in 2031.
        app.telegram.press(b, "en", "nd:test-iec-yearly:2031");
        app.telegram
            .wait_until(|f| !f.callback_answers().is_empty() && f.callback_answers().len() >= 3, "the Done answer")
            .await;
        tick(&app.store, "2031-04-01T10:00:00+05:30").await;
        app.wait_for(a, "update your IEC").await;
        app.telegram
            .wait_until(|f| f.delivered(a).iter().filter(|m| m["text"].as_str().unwrap_or_default().contains("update your IEC")).count() == 2, "the 2031 notice to A")
            .await;
        drained(&app).await;
        assert_eq!(count(&app, b, "update your IEC"), 1, "B said Done for 2031");
    }

    async fn an_event_reminder_goes_out_the_day_before_once(app: App) {
        let user = app.user_in("KERALA/ERNAKULAM").await;
        app.telegram.press(user, "en", "ut:events");
        app.wait_for(user, "updates about Trade fairs").await;
        tick(&app.store, "2030-03-01T11:00:00+05:30").await;
        app.wait_for(user, "spice buyer-seller meet").await;
        let buttons = app.last_buttons(user);
        let labels: Vec<&str> = buttons.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["Remind me the day before", "Ask about this"]);
        app.telegram.press(user, "en", &buttons[0].1);
        app.telegram
            .wait_until(|f| f.callback_answers().iter().any(|a| a["text"] == "I will remind you the day before."), "the reminder set")
            .await;
        tick(&app.store, "2030-03-08T10:00:00+05:30").await;
        drained(&app).await;
        assert_eq!(count(&app, user, "Reminder, tomorrow"), 0, "not two days before");
        tick(&app.store, "2030-03-09T10:00:00+05:30").await;
        let reminder = app.wait_for(user, "Reminder, tomorrow").await;
        assert!(reminder.contains("Test hall, Kochi"), "{reminder}");
        tick(&app.store, "2030-03-09T12:00:00+05:30").await;
        drained(&app).await;
        assert_eq!(count(&app, user, "Reminder, tomorrow"), 1);
    }

    async fn unsubscribe_stops_every_update_at_once(app: App) {
        let user = app.user_in("UTTAR PRADESH/MORADABAD").await;
        app.telegram.press(user, "en", "ud");
        app.wait_for(user, "updates about Moradabad").await;
        app.telegram.press(user, "en", "ut:deadlines");
        app.wait_for(user, "updates about Deadlines").await;
        app.telegram.text(user, "en", "/subscriptions");
        app.wait_for(user, "Tap one to remove it").await;
        assert_eq!(app.last_buttons(user).len(), 2);
        app.telegram.text(user, "en", "STOP");
        app.wait_for(user, "All your updates have stopped").await;
        app.telegram.text(user, "en", "/subscriptions");
        app.wait_for(user, "You get no updates").await;
        tick(&app.store, "2030-01-05T10:00:00+05:30").await;
        tick(&app.store, "2030-04-01T10:00:00+05:30").await;
        drained(&app).await;
        assert_eq!(count(&app, user, "Test:"), 0, "no notice after STOP");
        app.telegram.text(user, "en", "/unsubscribe");
        app.wait_for(user, "You were not getting any updates").await;
    }

    async fn a_user_who_blocked_the_bot_is_paused_and_not_retried(app: App) {
        let user = app.user_in("UTTAR PRADESH/MORADABAD").await;
        app.store
            .subscribe(TelegramId(user), SubscriptionKind::District, "UTTAR PRADESH/MORADABAD")
            .await
            .unwrap();
        app.telegram.fail_next("sendMessage", Fault::Blocked);
        tick(&app.store, "2030-01-05T10:00:00+05:30").await;
        drained(&app).await;
        let subs = app.store.subscriptions(TelegramId(user)).await.unwrap();
        assert!(subs[0].paused, "{subs:?}");
        let counts = app.store.delivery_counts("test-moradabad-camp").await.unwrap();
        assert_eq!((counts.sent, counts.blocked), (0, 1), "{counts:?}");
        assert_eq!(count(&app, user, "Moradabad"), 0);
    }

    async fn an_officer_announces_to_their_district_and_is_refused_outside_it(app: App) {
        let officer = app.district_officer("UTTAR PRADESH/MORADABAD").await;
        let subscriber = app.user_in("UTTAR PRADESH/MORADABAD").await;
        app.store
            .subscribe(TelegramId(subscriber), SubscriptionKind::District, "UTTAR PRADESH/MORADABAD")
            .await
            .unwrap();
        let elsewhere = app.user_in("UTTAR PRADESH/AGRA").await;
        app.store
            .subscribe(TelegramId(elsewhere), SubscriptionKind::District, "UTTAR PRADESH/AGRA")
            .await
            .unwrap();
        app.telegram.text(officer, "en", "/announce district Agra: Camp on Friday");
        app.wait_for(officer, "only to your own jurisdiction").await;
        app.telegram.text(subscriber, "en", "/announce Camp on Friday");
        app.wait_for(subscriber, "only for registered export officers").await;

        app.telegram
            .text(officer, "en", "/announce Export camp on Friday at the DIC\nhi: शुक्रवार को निर्यात शिविर");
        let preview = app.wait_for(officer, "Preview").await;
        assert!(preview.contains("Export camp on Friday"), "{preview}");
        let send = app.last_buttons(officer);
        assert!(send[0].1.starts_with("an:"), "{send:?}");
        app.telegram.press(officer, "en", &send[0].1);
        app.wait_for(officer, "being sent").await;
        tick(&app.store, "2030-01-01T00:00:00+05:30").await;
        let got = app.wait_for(subscriber, "Export camp on Friday").await;
        assert!(got.contains("Moradabad export desk"), "{got}");
        app.telegram.press(officer, "en", &send[0].1);
        app.wait_for(officer, "already sent").await;
        drained(&app).await;
        assert_eq!(count(&app, elsewhere, "Export camp"), 0);
    }
}
