//! The buttons under an answer, through the fake Bot API: what a user sees ("I think you
//! mean" offers, "More", "See also", the language offer) and what tapping each sends, in
//! English and Indian languages; buttons whose result is gone.

use crate::common;

use common::app::TestApp;
use common::backend::backend_tests;
use common::in_script;
use export_helpdesk::answer::{Answer, Band};
use export_helpdesk::lang::Lang;
use export_helpdesk::store::{QuestionId, TelegramId};

/// The first button on the last message to `chat` whose callback data starts with `prefix`.
fn button(app: &TestApp, chat: i64, prefix: &str) -> (String, String) {
    app.last_buttons(chat)
        .into_iter()
        .find(|(_, d)| d.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix:?} button: {:?}", app.last_buttons(chat)))
}

fn buttons(app: &TestApp, chat: i64, prefix: &str) -> Vec<(String, String)> {
    app.last_buttons(chat)
        .into_iter()
        .filter(|(_, d)| d.starts_with(prefix))
        .collect()
}

/// The question id a button carries ("f:u:12", "o:12", "p:12:en:gst-lut").
fn question_of(data: &str) -> QuestionId {
    let field = if data.starts_with("p:") {
        data.split(':').nth(1)
    } else {
        data.rsplit(':').next()
    };
    field.unwrap().parse().unwrap()
}

/// The text of a label cut with "…" that a message should contain.
fn head(label: &str) -> &str {
    let l = label.trim_end_matches('…');
    let end = l.char_indices().nth(18).map_or(l.len(), |(i, _)| i);
    &l[..end]
}

/// The first of `questions` the answerer puts in the middle band today, with its answer (the
/// calibration is refitted now and then; a test must not depend on one question's score).
fn hedged(questions: &[&str], lang: Lang) -> (String, Answer) {
    questions
        .iter()
        .map(|q| (q.to_string(), common::answerer().ask(q, lang)))
        .find(|(_, a)| a.band == Band::Middle)
        .unwrap_or_else(|| panic!("none of {questions:?} is in the middle band any more"))
}

/// The user asks a question of the middle band: the reply names the offers, one button per
/// offer with its title, the officer button and no 👍 / 👎; a tap on the first offer
/// answers with that entry and its source, with 👍 / 👎 for the same question.
async fn offers_and_pick(app: &TestApp, user: i64, lang: Lang, questions: &[&str]) -> String {
    let (question, answer) = hedged(questions, lang);
    app.telegram.text(user, lang.code(), &question);
    let texts = app.texts(user, 1).await;
    let offers = buttons(app, user, "p:");
    assert_eq!(offers.len(), answer.candidates.len(), "{offers:?}");
    assert!((1..=2).contains(&offers.len()), "{offers:?}");
    for ((label, data), offer) in offers.iter().zip(&answer.candidates) {
        assert!(
            offer.title.starts_with(head(label)),
            "{label} / {}",
            offer.title
        );
        assert!(
            texts[0].contains(head(label)),
            "{label} is named: {}",
            texts[0]
        );
        assert!(
            data.ends_with(&format!(":{}:{}", lang.code(), offer.id)),
            "{data}"
        );
    }
    let officer = common::answerer().i18n.get(lang, "button-officer");
    let labels: Vec<String> = app.last_buttons(user).into_iter().map(|(t, _)| t).collect();
    assert!(labels.contains(&officer), "{labels:?}");
    assert!(
        !labels.contains(&"👍".to_string()),
        "no 👍 under a hedge: {labels:?}"
    );

    let (title, data) = offers[0].clone();
    app.telegram.press(user, lang.code(), &data);
    let texts = app.texts(user, 2).await;
    assert!(texts[1].contains(head(&title)), "{title}: {}", texts[1]);
    let source = common::answerer().i18n.message(
        lang,
        "answer-source",
        &export_helpdesk::i18n::args(&[("cite", "")]),
    );
    assert!(
        texts[1].contains(source.trim()),
        "with its source: {}",
        texts[1]
    );
    let hedge = common::answerer().i18n.get(lang, "answer-middle");
    assert!(texts[0].starts_with(&hedge), "{}", texts[0]);
    assert!(!texts[1].contains(&hedge), "no hedge again: {}", texts[1]);
    let (_, up) = button(app, user, "f:u:");
    assert_eq!(
        question_of(&up),
        question_of(&data),
        "👍 is for the same question"
    );
    button(app, user, "o:");
    texts[1].clone()
}

backend_tests! {
    async fn a_middle_band_reply_offers_its_candidates_and_a_tap_answers_with_the_source(
        app: TestApp,
    ) {
        let questions = ["LUT renewal rules for small firms", "LUT rules for exporters", "IEC rules"];
        offers_and_pick(&app, 2001, Lang::En, &questions).await;
    }
}

backend_tests! {
    async fn a_hindi_or_tamil_middle_band_reply_offers_and_answers_in_that_language(
        app: TestApp,
    ) {
        let hindi = ["आईईसी नियम", "LUT नियम", "स्क्रिप के नियम", "IEC ke niyam"];
        let answer = offers_and_pick(&app, 2002, Lang::Hi, &hindi).await;
        assert!(in_script(&answer, "hi"), "{answer}");
        let tamil = ["LUT விதிகள்", "LUT புதுப்பித்தல்", "IEC விதிகள்"];
        let answer = offers_and_pick(&app, 2012, Lang::Ta, &tamil).await;
        assert!(in_script(&answer, "ta"), "{answer}");
    }
}

backend_tests! {
    async fn more_sends_the_rest_of_the_answer_in_english_and_in_tamil(app: TestApp) {
        let user = 2003;
        app.telegram.text(user, "en", "What is RoDTEP?");
        let texts = app.texts(user, 1).await;
        let (label, data) = button(&app, user, "m:");
        assert_eq!(label, "More");
        assert_eq!(data, "m:en:rodtep");
        assert!(!texts[0].contains("shipping bill"), "{}", texts[0]);
        app.telegram.press(user, "en", &data);
        let texts = app.texts(user, 2).await;
        let more = common::answerer().more("rodtep", Lang::En).unwrap().plain_text();
        assert!(texts[1].contains("shipping bill"), "the steps: {}", texts[1]);
        assert!(more.starts_with(texts[1].lines().next().unwrap()), "{}", texts[1]);

        let tamil = 2004;
        app.telegram.text(tamil, "ta", "RoDTEP திட்டம் என்ன?");
        app.texts(tamil, 1).await;
        let (label, data) = button(&app, tamil, "m:");
        assert!(in_script(&label, "ta"), "{label}");
        app.telegram.press(tamil, "ta", &data);
        let texts = app.texts(tamil, 2).await;
        assert!(in_script(&texts[1], "ta"), "{}", texts[1]);
    }
}

backend_tests! {
    async fn an_hs_chapter_s_more_lists_the_codes_below_it(app: TestApp) {
        let user = 2005;
        app.telegram.text(user, "en", "/hs 84");
        let texts = app.texts(user, 1).await;
        let (_, data) = button(&app, user, "m:");
        assert_eq!(data, "m:en:84");
        app.telegram.press(user, "en", &data);
        let texts = app.texts(user, texts.len() + 1).await;
        let more = texts.last().unwrap();
        let codes: Vec<&str> = more.lines().filter(|l| l.starts_with("• 84")).collect();
        assert!(codes.len() > 8, "more codes than the first message shows: {more}");
    }
}

backend_tests! {
    async fn the_longest_more_of_the_knowledge_base_arrives_in_parts_that_fit(app: TestApp) {
        let user = 2013;
        let answerer = common::answerer();
        let engine = answerer.engine();
        // Every entry, and every HS code with more codes below it than a first message lists.
        let kb = &engine.kb;
        let ids = kb.entries.iter().map(|e| e.id.clone()).chain(
            kb.hs
                .keys()
                .filter(|c| kb.hs_children(c).len() > 8)
                .map(|c| c.as_str().to_string()),
        );
        let (id, more) = ids
            .filter_map(|id| Some((id.clone(), answerer.more(&id, Lang::En)?.html())))
            .max_by_key(|(_, html)| html.chars().count())
            .unwrap();
        eprintln!("longest More: {id}, {} characters", more.chars().count());
        let parts = export_helpdesk::telegram::split::split_html(&more, export_helpdesk::telegram::split::MAX_MESSAGE).len();
        assert!(parts > 1, "{id}: its More fits one message; pick a longer case");
        app.telegram.press(user, "en", &format!("m:en:{id}"));
        let sent = app.telegram.wait_delivered(user, parts).await;
        app.telegram.settle().await;
        assert_eq!(app.telegram.delivered(user).len(), parts);
        for m in &sent {
            assert!(m["text"].as_str().unwrap().chars().count() <= 4096);
        }
        let last = more.lines().last().unwrap();
        assert!(sent[parts - 1]["text"].as_str().unwrap().ends_with(last), "{last}");
    }
}

backend_tests! {
    async fn see_also_offers_at_most_three_related_entries_and_a_tap_answers_one(app: TestApp) {
        let user = 2006;
        app.telegram.text(user, "en", "How do I get an IEC?");
        let texts = app.texts(user, 1).await;
        let related = buttons(&app, user, "a:")
            .into_iter()
            .filter(|(t, _)| t.starts_with("See also: "))
            .collect::<Vec<_>>();
        assert_eq!(related.len(), 3, "{related:?}");
        assert!(!texts[0].contains("See also"), "buttons, not text: {}", texts[0]);
        let (label, data) = related[0].clone();
        app.telegram.press(user, "en", &data);
        let texts = app.texts(user, 2).await;
        let title = label.trim_start_matches("See also: ");
        assert!(texts[1].contains(head(title)), "{label}: {}", texts[1]);
        assert!(texts[1].contains("Source:"), "{}", texts[1]);
    }
}

backend_tests! {
    async fn see_also_in_bengali_is_labelled_and_answered_in_bengali(app: TestApp) {
        let user = 2007;
        app.telegram.text(user, "bn", "IEC কীভাবে পাব?");
        app.texts(user, 1).await;
        let (label, data) = button(&app, user, "a:bn:");
        assert!(label.starts_with("আরও দেখুন: "), "{label}");
        app.telegram.press(user, "bn", &data);
        let texts = app.texts(user, 2).await;
        assert!(in_script(&texts[1], "bn"), "{}", texts[1]);
    }
}

backend_tests! {
    async fn a_tamil_question_from_an_english_user_offers_to_switch_to_tamil(app: TestApp) {
        let user = 2008;
        app.telegram.text(user, "en", "RoDTEP திட்டம் என்ன?");
        let texts = app.texts(user, 1).await;
        assert!(in_script(&texts[0], "ta"), "the reply is in Tamil: {}", texts[0]);
        let (label, data) = button(&app, user, "w:");
        assert_eq!(data, "w:ta");
        assert!(label.contains("தமிழ்"), "{label}");
        let (officer, _) = button(&app, user, "o:");
        assert!(in_script(&officer, "ta"), "every button is in Tamil: {officer}");

        app.telegram.press(user, "en", &data);
        let texts = app.texts(user, 2).await;
        assert!(in_script(&texts[1], "ta") && texts[1].contains("/language"), "{}", texts[1]);
        let stored = app.store.user(TelegramId(user)).await.unwrap().unwrap();
        assert_eq!(stored.language, Some(Lang::Ta));

        app.telegram.text(user, "en", "What is RoDTEP?");
        let texts = app.texts(user, 3).await;
        assert!(in_script(&texts[2], "ta"), "now Tamil by setting: {}", texts[2]);
        assert!(buttons(&app, user, "w:").is_empty(), "no offer once it is the setting");
    }
}

backend_tests! {
    async fn a_question_in_the_users_language_gets_no_switch_offer(app: TestApp) {
        let user = 2009;
        app.telegram.text(user, "hi", "रोडटेप योजना क्या है");
        app.texts(user, 1).await;
        assert!(buttons(&app, user, "w:").is_empty(), "{:?}", app.last_buttons(user));
    }
}

backend_tests! {
    async fn a_button_whose_result_is_gone_says_so_in_the_buttons_language(app: TestApp) {
        let user = 2010;
        // What a button looks like after a reload removed its entry or moved its district.
        for data in ["m:en:an-entry-removed-since", "a:en:~3.0000"] {
            app.telegram.press(user, "en", data);
        }
        let texts = app.texts(user, 2).await;
        for t in &texts {
            assert!(t.contains("ask your question again"), "{t}");
        }
        app.telegram.press(user, "en", "p:1:hi:an-entry-removed-since");
        let texts = app.texts(user, 3).await;
        assert!(in_script(&texts[2], "hi"), "in Hindi, as the offer was: {}", texts[2]);
        app.telegram
            .wait_until(|f| f.callback_answers().len() >= 3, "3 callback answers")
            .await;
    }
}

backend_tests! {
    async fn malformed_answer_buttons_get_the_stale_notice(app: TestApp) {
        let user = 2011;
        for data in ["m:en", "p:x:en:iec", "a:zz:iec", "w:xx"] {
            app.telegram.press(user, "en", data);
        }
        app.telegram
            .wait_until(|f| f.callback_answers().len() >= 4, "4 callback answers")
            .await;
        for a in app.telegram.callback_answers() {
            assert!(a["text"].as_str().unwrap().contains("no longer active"), "{a}");
        }
    }
}
