//! Whole conversations with the real bot through a fake Telegram Bot API.

use crate::common;

use common::app::TestApp;
use common::backend::backend_tests;
use common::in_script;
use common::telegram::Fault;
use export_helpdesk::store::TelegramId;

backend_tests! {
    async fn onboarding_in_hindi_sets_language_and_district(app: TestApp) {
        let user = 1001;
        app.telegram.text(user, "hi", "/start");
        let texts = app.texts(user, 1).await;
        assert!(
            in_script(&texts[0], "hi"),
            "greeting in Hindi: {}",
            texts[0]
        );
        let buttons = app.last_buttons(user);
        assert_eq!(buttons.len(), 11, "a language picker with the 11 languages");
        assert!(buttons.iter().any(|(t, d)| t == "हिन्दी" && d == "l:hi"));
        assert!(buttons.iter().any(|(t, _)| t == "தமிழ்"));

        app.telegram.press(user, "hi", "l:hi");
        let texts = app.texts(user, 2).await;
        assert!(in_script(&texts[1], "hi"), "{}", texts[1]);
        assert!(
            texts[1].contains("PIN"),
            "asks for district or PIN: {}",
            texts[1]
        );

        app.telegram.text(user, "hi", "मुरादाबाद");
        let texts = app.texts(user, 3).await;
        assert!(texts[2].contains("मुरादाबाद"), "{}", texts[2]);
        let stored = app.store.user(TelegramId(user)).await.unwrap().unwrap();
        assert_eq!(stored.district.as_deref(), Some("UTTAR PRADESH/MORADABAD"));
        assert_eq!(stored.language, Some(export_helpdesk::lang::Lang::Hi));
        assert!(
            !app.telegram.callback_answers().is_empty(),
            "the button press was answered"
        );
    }
}

backend_tests! {
    async fn a_pin_code_or_a_misspelt_district_is_confirmed_with_a_button(app: TestApp) {
        let user = 1002;
        app.telegram.text(user, "en", "/district Moradabd");
        let texts = app.texts(user, 1).await;
        assert!(texts[0].contains("Moradabad"), "{}", texts[0]);
        let (_, data) = app
            .last_buttons(user)
            .into_iter()
            .next()
            .expect("a confirm button");
        app.telegram.press(user, "en", &data);
        let texts = app.texts(user, 2).await;
        assert!(texts[1].contains("Moradabad"), "{}", texts[1]);
        app.telegram.text(user, "en", "/district 244001");
        let texts = app.texts(user, 3).await;
        assert!(
            texts[2].contains("Moradabad"),
            "PIN 244001 is in Moradabad: {}",
            texts[2]
        );
    }
}

backend_tests! {
    async fn a_question_is_answered_in_html_with_feedback_and_officer_buttons(app: TestApp) {
        let user = 1003;
        app.telegram.text(user, "en", "What is RoDTEP?");
        let sent = app.telegram.wait_delivered(user, 1).await;
        assert_eq!(sent[0]["parse_mode"], "HTML");
        let text = sent[0]["text"].as_str().unwrap();
        assert!(
            text.contains("<b>") && text.contains("RoDTEP") && text.contains("Source:"),
            "{text}"
        );
        let buttons = app.last_buttons(user);
        let labels: Vec<&str> = buttons.iter().map(|(t, _)| t.as_str()).collect();
        assert!(
            labels.contains(&"👍")
                && labels.contains(&"👎")
                && labels.contains(&"Talk to an officer"),
            "{labels:?}"
        );
    }
}

backend_tests! {
    async fn thumbs_down_leads_to_the_officer_offer(app: TestApp) {
        let user = 1004;
        app.telegram.text(user, "ta", "What is EPCG?");
        app.texts(user, 1).await;
        let down = app
            .last_buttons(user)
            .into_iter()
            .find(|(t, _)| t == "👎")
            .unwrap()
            .1;
        app.telegram.press(user, "ta", &down);
        let texts = app.texts(user, 2).await;
        assert!(
            in_script(&texts[1], "ta"),
            "the offer is in Tamil: {}",
            texts[1]
        );
        let buttons = app.last_buttons(user);
        assert!(
            buttons.iter().any(|(_, d)| d.starts_with("o:")),
            "an officer button: {buttons:?}"
        );
        let qid: export_helpdesk::store::QuestionId =
            down.rsplit(':').next().unwrap().parse().unwrap();
        assert_eq!(
            app.store.feedback_of(qid, TelegramId(user)).await.unwrap(),
            Some(false)
        );
    }
}

backend_tests! {
    async fn hs_command_shows_the_code_with_its_description(app: TestApp) {
        let user = 1005;
        app.telegram.text(user, "en", "/hs 0910");
        let texts = app.texts(user, 1).await;
        assert!(
            texts[0].contains("0910") && texts[0].to_lowercase().contains("turmeric"),
            "{}",
            texts[0]
        );
        app.telegram.text(user, "hi", "/hs हल्दी");
        let texts = app.texts(user, 2).await;
        assert!(texts[1].contains("0910"), "{}", texts[1]);
    }
}

backend_tests! {
    async fn forget_deletes_everything_after_a_confirmation(app: TestApp) {
        let user = 1006;
        app.telegram.text(user, "en", "What is an IEC?");
        app.texts(user, 1).await;
        app.telegram.text(user, "en", "/forget");
        app.texts(user, 2).await;
        assert!(
            app.store.user(TelegramId(user)).await.unwrap().is_some(),
            "nothing deleted before confirming"
        );
        app.telegram.press(user, "en", "x:y");
        let texts = app.texts(user, 3).await;
        assert!(texts[2].contains("deleted"), "{}", texts[2]);
        assert!(app.store.user(TelegramId(user)).await.unwrap().is_none());
        assert_eq!(app.store.question_count(TelegramId(user)).await.unwrap(), 0);
    }
}

backend_tests! {
    async fn voice_photo_sticker_and_edits_get_a_polite_answer(app: TestApp) {
        let user = 1007;
        for kind in ["voice", "photo", "sticker", "document", "location"] {
            app.telegram.media(user, "bn", kind);
        }
        app.telegram.edited(user, "bn", "RoDTEP?");
        let texts = app.texts(user, 6).await;
        for t in &texts {
            assert!(in_script(t, "bn"), "in Bengali: {t}");
        }
    }
}

backend_tests! {
    async fn a_4096_character_message_gets_an_answer_in_parts_that_fit(app: TestApp) {
        let user = 1008;
        let long: String = "How do I export turmeric from my district? "
            .repeat(120)
            .chars()
            .take(4096)
            .collect();
        app.telegram.text(user, "en", &long);
        let sent = app.telegram.wait_delivered(user, 1).await;
        for m in &sent {
            assert!(m["text"].as_str().unwrap().chars().count() <= 4096);
        }
    }
}

backend_tests! {
    async fn a_429_on_send_message_is_retried_and_the_reply_delivered_once(app: TestApp) {
        let user = 1009;
        app.telegram.fail_next("sendMessage", Fault::RetryAfter(1));
        app.telegram.text(user, "en", "What is RoDTEP?");
        app.telegram.wait_delivered(user, 1).await;
        app.telegram.settle().await;
        let attempts: Vec<_> = app
            .telegram
            .calls()
            .into_iter()
            .filter(|c| c.method == "sendMessage")
            .collect();
        assert_eq!(attempts.len(), 2, "one refused with 429, one accepted");
        assert!(!attempts[0].ok && attempts[1].ok);
        assert_eq!(
            app.telegram.delivered(user).len(),
            1,
            "delivered exactly once"
        );
    }
}

backend_tests! {
    async fn a_stale_or_forged_button_gets_a_polite_callback_answer_and_nothing_else(app: TestApp) {
        let user = 1010;
        for data in ["f:u:999999", "garbage", "d:99999:0000", "s:no-such-entry"] {
            app.telegram.press(user, "en", data);
        }
        app.telegram
            .wait_until(|f| f.callback_answers().len() >= 4, "4 callback answers")
            .await;
        app.telegram.settle().await;
        for a in app.telegram.callback_answers() {
            assert!(
                a["text"].as_str().unwrap().contains("no longer active"),
                "{a}"
            );
        }
        assert!(app.telegram.delivered(user).is_empty(), "no message sent");
    }
}

backend_tests! {
    async fn in_a_group_the_bot_answers_only_when_addressed(app: TestApp) {
        let group = -100_200;
        app.telegram.group_text(group, 1011, "What is RoDTEP?");
        app.telegram.settle().await;
        assert!(
            app.telegram.delivered(group).is_empty(),
            "a message not for the bot is left alone"
        );
        app.telegram
            .group_text(group, 1011, "@export_helpdesk_bot What is RoDTEP?");
        let texts = app.texts(group, 1).await;
        assert!(texts[0].contains("RoDTEP"));
    }
}

backend_tests! {
    async fn unknown_commands_get_the_help_text(app: TestApp) {
        let user = 1012;
        app.telegram.text(user, "en", "/frobnicate");
        let texts = app.texts(user, 1).await;
        assert!(
            texts[0].contains("/hs") && texts[0].contains("/district"),
            "{}",
            texts[0]
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_gets_one_notice_then_silence() {
    let app = TestApp::spawn_with_flood(export_helpdesk::bot::flood::Flood::new(
        3,
        std::time::Duration::from_secs(60),
    ))
    .await;
    let user = 1013;
    for _ in 0..6 {
        app.telegram.text(user, "en", "/help");
    }
    app.telegram.settle().await;
    let texts: Vec<String> = app
        .telegram
        .delivered(user)
        .iter()
        .map(|b| b["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts.len(), 4, "3 answers and one notice: {texts:?}");
    assert!(texts[3].contains("quickly"));
}

backend_tests! {
    async fn a_server_error_on_send_message_is_retried(app: TestApp) {
        let user = 1014;
        app.telegram.fail_next("sendMessage", Fault::ServerError);
        app.telegram.text(user, "en", "What is RoDTEP?");
        app.telegram
            .wait_until_for(
                std::time::Duration::from_secs(40),
                |f| !f.delivered(user).is_empty(),
                "the retried reply",
            )
            .await;
        let attempts: Vec<_> = app
            .telegram
            .calls()
            .into_iter()
            .filter(|c| c.method == "sendMessage")
            .collect();
        assert!(!attempts[0].ok && attempts[1].ok, "a 500, then success");
        assert_eq!(app.telegram.delivered(user).len(), 1);
    }
}

backend_tests! {
    async fn a_hanging_bot_api_times_out_and_the_reply_is_sent_again(app: TestApp) {
        let user = 1015;
        app.telegram.fail_next(
            "sendMessage",
            Fault::Hang(std::time::Duration::from_secs(5)),
        );
        app.telegram.text(user, "en", "What is EPCG?");
        app.telegram
            .wait_until_for(
                std::time::Duration::from_secs(40),
                |f| !f.delivered(user).is_empty(),
                "the retried reply",
            )
            .await;
        app.telegram.settle().await;
        let attempts: Vec<_> = app
            .telegram
            .calls()
            .into_iter()
            .filter(|c| c.method == "sendMessage")
            .collect();
        assert_eq!(attempts.len(), 2, "one hung and timed out, one accepted");
        assert!(!attempts[0].ok && attempts[1].ok);
        assert_eq!(
            app.telegram.delivered(user).len(),
            1,
            "delivered exactly once"
        );
    }
}

backend_tests! {
    async fn when_several_entries_fit_did_you_mean_buttons_show_the_others(app: TestApp) {
        let user = 1016;
        app.telegram.text(user, "en", "certificate of origin");
        let texts = app.texts(user, 1).await;
        assert!(texts[0].contains("Did you mean"), "{}", texts[0]);
        let (label, data) = app
            .last_buttons(user)
            .into_iter()
            .find(|(t, d)| d.starts_with("a:en:") && !t.starts_with("See also"))
            .expect("a suggestion button");
        app.telegram.press(user, "en", &data);
        let texts = app.texts(user, 2).await;
        let wanted = label.trim_end_matches('…');
        assert!(
            texts[1].contains(&wanted[..wanted.len().min(20)]),
            "the suggestion is shown: {label} / {}",
            texts[1]
        );
    }
}

backend_tests! {
    async fn schemes_are_browsable_with_buttons(app: TestApp) {
        let user = 1017;
        app.telegram.text(user, "hi", "/schemes");
        app.texts(user, 1).await;
        let buttons = app.last_buttons(user);
        assert!(
            buttons.len() >= 10,
            "a button per scheme: {}",
            buttons.len()
        );
        let rodtep = buttons
            .iter()
            .find(|(_, d)| d == "s:rodtep")
            .expect("RoDTEP is listed");
        assert!(
            common::in_script(&rodtep.0, "hi"),
            "titles in Hindi: {}",
            rodtep.0
        );
        app.telegram.press(user, "hi", "s:rodtep");
        let texts = app.texts(user, 2).await;
        assert!(
            texts[1].contains("RoDTEP") && in_script(&texts[1], "hi"),
            "{}",
            texts[1]
        );
    }
}

backend_tests! {
    async fn district_shows_the_users_district_card_with_products_depc_and_regional_authority(
        app: TestApp,
    ) {
        let user = 1018;
        app.telegram.text(user, "en", "/district");
        let texts = app.texts(user, 1).await;
        assert!(
            texts[0].contains("PIN"),
            "no district yet: asked for one: {}",
            texts[0]
        );
        app.telegram.text(user, "en", "Firozabad");
        app.texts(user, 2).await;
        app.telegram.text(user, "en", "/district");
        let texts = app.texts(user, 3).await;
        let card = &texts[2];
        assert!(
            card.contains("Firozabad") && card.to_lowercase().contains("glass"),
            "{card}"
        );
        assert!(
            card.contains("District Export Promotion Committee")
                && card.contains("DGFT Regional Authority"),
            "{card}"
        );
    }
}

backend_tests! {
    async fn cancel_ends_a_pending_district_prompt(app: TestApp) {
        let user = 1019;
        app.telegram.text(user, "en", "/cancel");
        let texts = app.texts(user, 1).await;
        assert!(texts[0].contains("nothing to cancel"), "{}", texts[0]);
        app.telegram.text(user, "en", "/district");
        app.texts(user, 2).await;
        app.telegram.text(user, "en", "/cancel");
        app.texts(user, 3).await;
        app.telegram.text(user, "en", "What is RoDTEP?");
        let texts = app.texts(user, 4).await;
        assert!(
            texts[3].contains("RoDTEP"),
            "after /cancel a text is a question again: {}",
            texts[3]
        );
    }
}
