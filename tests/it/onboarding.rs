//! Onboarding never traps: while the bot waits for a language or a district, a question is
//! answered as a question, the district is asked once more with a Skip button, a real
//! district still sets it, and every command works.

use crate::common;

use common::app::TestApp;
use common::backend::backend_tests;
use common::in_script;
use export_helpdesk::store::{DialogueState, TelegramId};

/// /start and the language button: the bot now waits for a district.
async fn waiting_for_a_district(app: &TestApp, user: i64, lang: &str) -> usize {
    app.telegram.text(user, lang, "/start");
    app.texts(user, 1).await;
    app.telegram.press(user, lang, &format!("l:{lang}"));
    let asked = app.texts(user, 2).await;
    assert!(asked[1].contains("PIN"), "{}", asked[1]);
    assert!(
        app.last_buttons(user).iter().any(|(_, d)| d == "k"),
        "the district prompt has a Skip button"
    );
    let state = app
        .store
        .user(TelegramId(user))
        .await
        .unwrap()
        .unwrap()
        .state;
    assert_eq!(state, DialogueState::AwaitingDistrict);
    2
}

async fn state_of(app: &TestApp, user: i64) -> DialogueState {
    app.store
        .user(TelegramId(user))
        .await
        .unwrap()
        .unwrap()
        .state
}

backend_tests! {
    async fn a_question_typed_instead_of_a_district_is_answered_and_the_district_asked_once_more(
        app: TestApp,
    ) {
        let user = common::unique_id();
        let n = waiting_for_a_district(&app, user, "hi").await;
        app.telegram.text(user, "hi", "रोडटेप योजना क्या है?");
        let texts = app.texts(user, n + 2).await;
        let answer = &texts[n];
        assert!(
            answer.contains("RoDTEP") || answer.contains("रोडटेप"),
            "the RoDTEP answer: {answer}"
        );
        assert!(!answer.contains("ज़िला नहीं") && !texts[n].contains("PIN"), "{answer}");
        let again = &texts[n + 1];
        assert!(in_script(again, "hi") && again.contains("PIN"), "asked again: {again}");
        assert_eq!(app.last_buttons(user), [("छोड़ें".to_string(), "k".to_string())]);

        app.telegram.text(user, "hi", "IEC की फीस कितनी है");
        let texts = app.texts(user, n + 3).await;
        assert!(texts[n + 2].contains("IEC"), "answered: {}", texts[n + 2]);
        app.telegram.settle().await;
        assert_eq!(
            app.telegram.delivered(user).len(),
            n + 3,
            "the district is asked again at most once"
        );
        assert_eq!(state_of(&app, user).await, DialogueState::Idle);
        assert!(app.store.user(TelegramId(user)).await.unwrap().unwrap().district.is_none());
    }
}

backend_tests! {
    async fn a_district_name_a_pin_code_or_a_hindi_name_typed_when_asked_still_sets_it(
        app: TestApp,
    ) {
        for (typed, lang) in [("Moradabad", "en"), ("244001", "en"), ("मुरादाबाद", "hi")] {
            let user = common::unique_id();
            let n = waiting_for_a_district(&app, user, lang).await;
            app.telegram.text(user, lang, typed);
            let set = app.texts(user, n + 1).await;
            assert!(
                set[n].contains("Moradabad") || set[n].contains("मुरादाबाद"),
                "{typed}: {}",
                set[n]
            );
            let stored = app.store.user(TelegramId(user)).await.unwrap().unwrap();
            assert_eq!(stored.district.as_deref(), Some("UTTAR PRADESH/MORADABAD"), "{typed}");
            assert_eq!(stored.state, DialogueState::Idle, "{typed}");
        }
    }
}

backend_tests! {
    async fn after_a_question_a_district_still_sets_it_and_a_misspelling_is_confirmed(
        app: TestApp,
    ) {
        let user = common::unique_id();
        let n = waiting_for_a_district(&app, user, "en").await;
        app.telegram.text(user, "en", "How do I get an IEC?");
        app.texts(user, n + 2).await;
        app.telegram.text(user, "en", "Moradabd");
        let texts = app.texts(user, n + 3).await;
        assert!(texts[n + 2].contains("Moradabad"), "{}", texts[n + 2]);
        let (_, data) = app.last_buttons(user).into_iter().next().expect("a confirm button");
        app.telegram.press(user, "en", &data);
        app.texts(user, n + 4).await;
        let stored = app.store.user(TelegramId(user)).await.unwrap().unwrap();
        assert_eq!(stored.district.as_deref(), Some("UTTAR PRADESH/MORADABAD"));
    }
}

backend_tests! {
    async fn skip_stops_the_asking_and_later_text_is_a_question(app: TestApp) {
        let user = common::unique_id();
        let n = waiting_for_a_district(&app, user, "ta").await;
        app.telegram.press(user, "ta", "k");
        let texts = app.texts(user, n + 1).await;
        assert!(
            in_script(&texts[n], "ta") && texts[n].contains("/district"),
            "{}",
            texts[n]
        );
        assert_eq!(state_of(&app, user).await, DialogueState::Idle);
        app.telegram.text(user, "en", "What is EPCG?");
        let texts = app.texts(user, n + 2).await;
        assert!(texts[n + 1].contains("EPCG"), "{}", texts[n + 1]);
        app.telegram.press(user, "ta", "k");
        app.telegram.settle().await;
        assert_eq!(app.telegram.delivered(user).len(), n + 2, "a second Skip says nothing more");
    }
}

backend_tests! {
    async fn commands_work_in_the_middle_of_onboarding(app: TestApp) {
        let user = common::unique_id();
        // While the language picker is shown.
        app.telegram.text(user, "en", "/start");
        app.texts(user, 1).await;
        app.telegram.text(user, "en", "What is RoDTEP?");
        let texts = app.texts(user, 2).await;
        assert!(texts[1].contains("RoDTEP"), "a question before the language: {}", texts[1]);
        // While the district is awaited.
        app.telegram.press(user, "en", "l:en");
        app.texts(user, 3).await;
        app.telegram.text(user, "en", "/hs 0910");
        let texts = app.texts(user, 4).await;
        assert!(texts[3].contains("0910"), "{}", texts[3]);
        app.telegram.text(user, "en", "/help");
        let texts = app.texts(user, 5).await;
        assert!(texts[4].contains("/district"), "{}", texts[4]);
        assert_eq!(state_of(&app, user).await, DialogueState::AwaitingDistrict);
        app.telegram.text(user, "en", "/cancel");
        let texts = app.texts(user, 6).await;
        assert!(!texts[5].contains("nothing to cancel"), "{}", texts[5]);
        assert_eq!(state_of(&app, user).await, DialogueState::Idle);
    }
}
