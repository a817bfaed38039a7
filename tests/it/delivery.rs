//! Telegram's refusals, through the fake Bot API (which refuses what Telegram refuses): HTML
//! it cannot parse goes again as plain text, a part it finds too long is split again, a
//! proxy's HTML error page is retried, a user who blocked the bot is marked inactive and is
//! active again when they write; a split message resumes from the failed part; the outbox
//! gives up honestly (`failed`, admins retry) and its lease outlives a 429.

use std::time::Duration;

use export_helpdesk::escalation::outbox::{Policy, Worker};
use export_helpdesk::store::{IdempotencyKey, NewOutbox, Store, TelegramId};
use export_helpdesk::telegram::html::to_plain;
use export_helpdesk::telegram::send::{self, SendError};
use teloxide::prelude::*;
use teloxide::types::ChatId;

use crate::common::app::TestApp;
use crate::common::backend::backend_tests;
use crate::common::telegram::{FakeTelegram, Fault};
use crate::common::{binary, unique_id};

/// A Bot API client of the fake, giving up on a request after `timeout`.
fn client(fake: &FakeTelegram, timeout: Duration) -> Bot {
    let http = teloxide::net::default_reqwest_settings()
        .timeout(timeout)
        .build()
        .unwrap();
    Bot::with_client("123456:TEST-TOKEN", http).set_api_url(fake.url.parse().unwrap())
}

fn texts(fake: &FakeTelegram, chat: i64) -> Vec<String> {
    fake.delivered(chat)
        .iter()
        .map(|m| m["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// Three paragraphs that each fill most of a message: three parts.
fn three_parts() -> String {
    (0..3)
        .map(|i| format!("<b>part {i}</b> {}", "ஏற்றுமதி ".repeat(400)))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn message(chat: i64, html: &str) -> NewOutbox {
    NewOutbox {
        key: IdempotencyKey::reload_failed(unique_id(), TelegramId(chat)),
        chat: TelegramId(chat),
        html: html.to_string(),
        ticket: None,
        markup: None,
    }
}

fn quick(max_attempts: u32) -> Policy {
    Policy {
        max_attempts,
        lease: Duration::from_secs(3),
        idle: Duration::from_millis(50),
        ..Policy::default()
    }
}

/// Runs `worker` until `done` holds (panics after 30 s).
async fn drive(worker: &Worker, bot: &Bot, store: &Store, done: impl AsyncFn() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while !done().await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the outbox did not get there"
        );
        worker.deliver_due(bot, store).await.unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until `done` holds (panics after 20 s).
async fn eventually(what: &str, done: impl AsyncFn() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while !done().await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn inactive(store: &Store, user: i64) -> bool {
    let u = store.user(TelegramId(user)).await.unwrap();
    u.is_some_and(|u| u.inactive_since.is_some())
}

#[tokio::test]
async fn html_telegram_cannot_parse_is_sent_again_as_plain_text() {
    let fake = FakeTelegram::start().await;
    let chat = unique_id();
    let html = "<b>RoDTEP</b> rates <br> 2% &amp; more";
    send::html(&client(&fake, Duration::from_secs(5)), ChatId(chat), html)
        .await
        .unwrap();
    assert_eq!(fake.refused(chat).len(), 1, "the fake refuses <br>");
    let got = fake.delivered(chat);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["text"], "RoDTEP rates  2% & more");
    assert!(got[0]["parse_mode"].is_null(), "sent as plain text");
}

#[tokio::test]
async fn a_part_telegram_finds_too_long_is_split_again_and_all_of_it_arrives() {
    let fake = FakeTelegram::start().await;
    let chat = unique_id();
    fake.fail_next(
        "sendMessage",
        Fault::BadRequest("Bad Request: message is too long"),
    );
    let html = format!("<b>{}</b>", "निर्यात प्रोत्साहन ".repeat(150));
    send::html(&client(&fake, Duration::from_secs(5)), ChatId(chat), &html)
        .await
        .unwrap();
    let got = texts(&fake, chat);
    assert_eq!(got.len(), 2, "split in two halves");
    for part in &got {
        assert!(to_plain(part).encode_utf16().count() <= 2048);
        assert!(
            part.starts_with("<b>") && part.ends_with("</b>"),
            "{part:.40}"
        );
    }
    assert_eq!(
        got.iter().map(|p| to_plain(p)).collect::<String>(),
        to_plain(&html)
    );
}

#[tokio::test]
async fn emoji_over_the_limit_are_refused_whole_and_arrive_in_parts_that_fit() {
    let fake = FakeTelegram::start().await;
    let bot = client(&fake, Duration::from_secs(5));
    let chat = unique_id();
    let text = "😀".repeat(2049);
    let whole = bot.send_message(ChatId(chat), text.clone()).await;
    assert!(
        matches!(
            whole,
            Err(teloxide::RequestError::Api(
                teloxide::ApiError::MessageIsTooLong
            ))
        ),
        "4,098 UTF-16 units are too many for Telegram: {whole:?}"
    );
    send::html(&bot, ChatId(chat), &text).await.unwrap();
    let got = texts(&fake, chat);
    assert_eq!(got.len(), 2);
    assert_eq!(got.concat(), text);
}

#[tokio::test]
async fn button_data_over_64_bytes_is_refused_for_good() {
    let fake = FakeTelegram::start().await;
    let bot = client(&fake, Duration::from_secs(5));
    let chat = unique_id();
    let markup = teloxide::types::InlineKeyboardMarkup::new([[
        teloxide::types::InlineKeyboardButton::callback("Claim", "c".repeat(65)),
    ]]);
    let mut out = send::Outgoing::new(ChatId(chat), "A new ticket", 0, Some(&markup));
    let sent = out.send_next(&bot).await;
    assert!(matches!(sent, Err(SendError::Refused(_))), "{sent:?}");
    assert!(fake.delivered(chat).is_empty());
}

#[tokio::test]
async fn an_html_error_page_from_a_proxy_is_retried_like_a_server_error() {
    let fake = FakeTelegram::start().await;
    let chat = unique_id();
    fake.fail_next("sendMessage", Fault::HtmlPage);
    send::html(
        &client(&fake, Duration::from_secs(15)),
        ChatId(chat),
        "RoDTEP rates",
    )
    .await
    .unwrap();
    assert_eq!(fake.refused(chat).len(), 1);
    assert_eq!(texts(&fake, chat), ["RoDTEP rates"]);
}

#[tokio::test]
async fn a_split_message_that_fails_half_way_resumes_from_the_failed_part() {
    let fake = FakeTelegram::start().await;
    let chat = unique_id();
    fake.fail_message_to(chat, 1, Fault::RetryAfter(1));
    send::html(
        &client(&fake, Duration::from_secs(5)),
        ChatId(chat),
        &three_parts(),
    )
    .await
    .unwrap();
    let got = texts(&fake, chat);
    assert_eq!(got.len(), 3, "each part once");
    for (i, part) in got.iter().enumerate() {
        assert!(part.starts_with(&format!("<b>part {i}</b>")), "{part:.30}");
    }
    let refused = fake.refused(chat);
    assert_eq!(refused.len(), 1);
    assert!(
        refused[0].body["text"]
            .as_str()
            .unwrap()
            .starts_with("<b>part 1</b>")
    );
}

backend_tests! {
    async fn a_blocked_user_is_marked_inactive_and_not_retried(app: TestApp) {
        let user = app.user_in("BIHAR/BHAGALPUR").await;
        app.telegram.block(user);
        app.telegram.text(user, "en", "/help");
        let store = app.store.clone();
        eventually("the user marked inactive", async || inactive(&store, user).await).await;
        assert_eq!(app.telegram.refused(user).len(), 1, "the help was refused");

        store.enqueue(&message(user, "Officer's answer to ticket #7")).await.unwrap();
        eventually("the row failed", async || !store.failed_outbox(10).await.unwrap().is_empty())
            .await;
        tokio::time::sleep(Duration::from_secs(1)).await;
        let failed = store.failed_outbox(10).await.unwrap();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].failure, "blocked");
        assert_eq!(app.telegram.refused(user).len(), 1, "not tried again");
        assert_eq!(store.outbox_pending().await.unwrap(), 0);
    }

    async fn a_user_who_blocked_the_bot_is_active_again_when_they_write_and_gets_what_they_missed(
        app: TestApp,
    ) {
        let user = app.user_in("BIHAR/BHAGALPUR").await;
        app.telegram.block(user);
        app.store.enqueue(&message(user, "Officer's answer to ticket #7")).await.unwrap();
        eventually("the user marked inactive", async || inactive(&app.store, user).await).await;
        app.telegram.unblock(user);
        app.telegram.text(user, "en", "/help");
        app.wait_for(user, "Officer's answer to ticket #7").await;
        let back = app.store.user(TelegramId(user)).await.unwrap().unwrap();
        assert_eq!(back.inactive_since, None, "active again");
        assert!(app.store.failed_outbox(10).await.unwrap().is_empty());
    }

    async fn a_403_on_an_outbox_row_fails_it_at_once_and_later_rows_are_not_sent(store: Store) {
        let fake = FakeTelegram::start().await;
        let bot = client(&fake, Duration::from_secs(5));
        let user = unique_id();
        store.touch_user(TelegramId(user), None).await.unwrap();
        fake.block(user);
        store.enqueue(&message(user, "Your ticket #3 is open")).await.unwrap();
        let worker = Worker::new(quick(8));
        worker.deliver_due(&bot, &store).await.unwrap();
        let u = store.user(TelegramId(user)).await.unwrap().unwrap();
        assert!(u.inactive_since.is_some(), "marked inactive");
        store.enqueue(&message(user, "Ticket #3 was answered")).await.unwrap();
        worker.deliver_due(&bot, &store).await.unwrap();
        worker.deliver_due(&bot, &store).await.unwrap();
        assert_eq!(fake.refused(user).len(), 1, "Telegram asked once");
        let failed = store.failed_outbox(10).await.unwrap();
        assert_eq!(failed.iter().map(|r| r.failure.as_str()).collect::<Vec<_>>(), ["blocked", "blocked"]);
        assert_eq!(failed[0].attempts, 1);
    }

    async fn a_split_outbox_message_that_fails_half_way_resumes_from_the_failed_part(store: Store) {
        let fake = FakeTelegram::start().await;
        let bot = client(&fake, Duration::from_secs(1));
        let chat = unique_id();
        // The second part hangs past the client's timeout: a network failure, retried later
        // from the database.
        fake.fail_message_to(chat, 1, Fault::Hang(Duration::from_secs(3)));
        store.enqueue(&message(chat, &three_parts())).await.unwrap();
        let worker = Worker::new(quick(8));
        drive(&worker, &bot, &store, async || store.outbox_pending().await.unwrap() == 0).await;
        let got = texts(&fake, chat);
        assert_eq!(got.len(), 3, "each part once");
        for (i, part) in got.iter().enumerate() {
            assert!(part.starts_with(&format!("<b>part {i}</b>")), "{part:.30}");
        }
    }

    async fn a_permanent_refusal_fails_the_row_at_once_and_an_admin_can_retry_it(
        url: String,
        store: Store,
    ) {
        let fake = FakeTelegram::start().await;
        let bot = client(&fake, Duration::from_secs(5));
        let chat = unique_id();
        fake.fail_message_to(chat, 0, Fault::BadRequest("Bad Request: chat not found"));
        store.enqueue(&message(chat, "Ticket #9 was transferred")).await.unwrap();
        let worker = Worker::new(quick(8));
        worker.deliver_due(&bot, &store).await.unwrap();
        worker.deliver_due(&bot, &store).await.unwrap();
        assert_eq!(fake.refused(chat).len(), 1, "not retried");
        let failed = store.failed_outbox(10).await.unwrap();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].failure, "refused");
        assert!(failed[0].last_error.as_deref().unwrap_or_default().contains("chat not found"));

        let index = tempfile::tempdir().unwrap();
        let listed = binary(index.path())
            .env("DATABASE_URL", &url)
            .args(["outbox", "failed"])
            .output()
            .unwrap();
        let listed = String::from_utf8(listed.stdout).unwrap();
        assert!(listed.contains(&format!("{}\t{chat}\t\trefused\t1\t", failed[0].id)), "{listed}");
        let retried = binary(index.path())
            .env("DATABASE_URL", &url)
            .args(["outbox", "retry", &failed[0].id.to_string()])
            .output()
            .unwrap();
        assert!(retried.status.success());
        assert!(String::from_utf8(retried.stdout).unwrap().contains("1 message(s) queued again"));
        worker.deliver_due(&bot, &store).await.unwrap();
        assert_eq!(texts(&fake, chat), ["Ticket #9 was transferred"]);
        assert!(store.failed_outbox(10).await.unwrap().is_empty());
    }

    async fn a_row_that_keeps_failing_gives_up_after_the_maximum_attempts(store: Store) {
        let fake = FakeTelegram::start().await;
        let bot = client(&fake, Duration::from_secs(1));
        let chat = unique_id();
        fake.fail_message_to(chat, 0, Fault::Hang(Duration::from_secs(3)));
        fake.fail_message_to(chat, 0, Fault::Hang(Duration::from_secs(3)));
        store.enqueue(&message(chat, "Reminder: ticket #4 is waiting")).await.unwrap();
        let worker = Worker::new(quick(2));
        drive(&worker, &bot, &store, async || !store.failed_outbox(10).await.unwrap().is_empty())
            .await;
        let failed = store.failed_outbox(10).await.unwrap();
        assert_eq!(failed[0].failure, "gave-up");
        assert_eq!(failed[0].attempts, 2);
        worker.deliver_due(&bot, &store).await.unwrap();
        assert!(fake.delivered(chat).is_empty(), "no third try");
        assert_eq!(store.outbox_pending().await.unwrap(), 0);
    }

    async fn a_lease_is_renewed_while_a_429_is_waited_out_so_a_second_worker_never_sends_the_row(
        store: Store,
    ) {
        let fake = FakeTelegram::start().await;
        let chat = unique_id();
        // Longer than the lease (3 s): without renewal the second worker would take the row.
        fake.fail_message_to(chat, 0, Fault::RetryAfter(7));
        store.enqueue(&message(chat, "Ticket #5 escalated to the state")).await.unwrap();
        let first = {
            let (bot, store) = (client(&fake, Duration::from_secs(5)), store.clone());
            tokio::spawn(async move { Worker::new(quick(8)).deliver_due(&bot, &store).await })
        };
        tokio::time::sleep(Duration::from_millis(500)).await;
        let second = tokio::spawn(export_helpdesk::escalation::outbox::run_with(
            client(&fake, Duration::from_secs(5)),
            store.clone(),
            quick(8),
        ));
        assert_eq!(first.await.unwrap().unwrap(), 1, "the first worker had the row");
        tokio::time::sleep(Duration::from_secs(2)).await;
        second.abort();
        assert_eq!(texts(&fake, chat), ["Ticket #5 escalated to the state"], "sent once");
        assert_eq!(fake.refused(chat).len(), 1);
    }
}

mod splitting {
    use export_helpdesk::telegram::html::shown_units;
    use export_helpdesk::telegram::split::{MAX_MESSAGE, split_html};
    use proptest::prelude::*;
    use unicode_normalization::char::is_combining_mark;

    use crate::common::telegram::parse_html;

    /// Pieces of text as people write them: Indic syllables with conjuncts, matras and nukta,
    /// emoji (two units, joined families, flags), Latin words, entities, spaces, line breaks.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "क्ष",
            "त्रि",
            "यों",
            "ज़",
            "निर्",
            "यात",
            "ஏற்",
            "றுமதி",
            "ক্ষ",
            "ৰ্",
            "ગ્રા",
            "ਪੰ",
            "ଓଡ଼ି",
            "ತ್ತು",
            "ക്ക",
            "ల్లో",
            "😀",
            "👨\u{200D}👩\u{200D}👧",
            "🇮🇳",
            "👍🏽",
            "RoDTEP",
            "IEC",
            "&amp;",
            "&lt;",
            "&#8377;",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
        ])
    }

    fn run() -> impl Strategy<Value = String> {
        prop::collection::vec(piece(), 1..60).prop_map(|p| p.concat())
    }

    /// Balanced Telegram HTML: runs, some in <b>, <i> or a link.
    fn html() -> impl Strategy<Value = String> {
        let segment = (0..4u8, run()).prop_map(|(tag, text)| match tag {
            0 => format!("<b>{text}</b>"),
            1 => format!("<i>{text}</i>"),
            2 => format!("<a href=\"https://dgft.gov.in\">{text}</a>"),
            _ => text,
        });
        prop::collection::vec(segment, 1..120).prop_map(|s| s.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn every_part_fits_parses_and_ends_between_syllables(
            html in html(),
            max in prop::sample::select(vec![24usize, 100, 700, MAX_MESSAGE]),
        ) {
            let parts = split_html(&html, max);
            let joined: String = parts.iter().map(|p| &html[p.source.clone()]).collect();
            prop_assert_eq!(&joined, &html, "the parts are the message, in order");
            for p in &parts {
                prop_assert!(shown_units(&p.html) <= max, "{} > {max}", shown_units(&p.html));
                prop_assert!(p.html.contains(&html[p.source.clone()]));
                prop_assert!(parse_html(&p.html).is_ok(), "balanced: {:?}", parse_html(&p.html));
            }
            for p in &parts[..parts.len().saturating_sub(1)] {
                // With a bounded look-back per part this keeps the work linear.
                prop_assert!(shown_units(&p.html) >= max / 4, "a part of {} units", shown_units(&p.html));
            }
            for w in parts.windows(2) {
                let cut = w[0].source.end;
                let before = html[..cut].chars().last().unwrap();
                let after = html[cut..].chars().next().unwrap();
                prop_assert!(!is_combining_mark(after), "a part starts with a mark {after:?}");
                prop_assert!(!matches!(after, '\u{200D}' | '\u{200C}' | '\u{1F3FB}'..='\u{1F3FF}'), "{:?}", after);
                prop_assert!(!matches!(before, '\u{200D}' | '\u{200C}'), "{:?}", before);
                prop_assert!(!matches!(before, '\u{094D}' | '\u{09CD}' | '\u{0A4D}' | '\u{0ACD}'
                    | '\u{0B4D}' | '\u{0BCD}' | '\u{0C4D}' | '\u{0CCD}' | '\u{0D4D}'),
                    "a part ends with a virama");
                let flags_before = html[..cut].chars().rev()
                    .take_while(|c| ('\u{1F1E6}'..='\u{1F1FF}').contains(c)).count();
                prop_assert_eq!(flags_before % 2, 0, "a flag cut in half");
            }
        }
    }
}
