//! What a user asks and what the helpdesk answers, over the repository's real knowledge.

use crate::common;

use common::{answerer, in_script};
use export_helpdesk::lang::Lang;

fn ask(q: &str, lang: Lang) -> export_helpdesk::answer::Answer {
    answerer().ask(q, lang)
}

#[test]
fn an_hs_code_in_the_question_goes_straight_to_that_code_with_parents_and_children() {
    let a = ask("What is HS code 0902?", Lang::En);
    assert!(a.answered);
    let text = a.reply.plain_text();
    assert!(
        text.contains("0902") && text.to_lowercase().contains("tea"),
        "{text}"
    );
    assert!(text.contains("09 "), "shows the chapter above: {text}");
    assert!(text.contains("0902 10"), "lists the codes below: {text}");
}

#[test]
fn codes_written_with_dots_or_spaces_are_read() {
    for q in ["hs 0910.30", "HS code 0910 30", "0910 30 30"] {
        let a = ask(q, Lang::En);
        assert!(a.answered, "{q}");
        assert!(
            a.reply.plain_text().contains("0910 30"),
            "{q}: {}",
            a.reply.plain_text()
        );
    }
}

#[test]
fn an_unknown_hs_code_is_said_to_be_unknown() {
    let a = ask("hs code 9999 99", Lang::En);
    assert!(!a.answered);
    assert!(
        a.reply.plain_text().contains("999999"),
        "{}",
        a.reply.plain_text()
    );
}

#[test]
fn product_names_in_many_languages_find_their_hs_heading() {
    let cases = [
        ("HS code for turmeric", Lang::En),
        ("haldi ka hs code", Lang::Hi),
        ("हल्दी का एचएस कोड", Lang::Hi),
        ("மஞ்சள் HS குறியீடு", Lang::Ta),
        ("હળદર નો HS કોડ", Lang::Gu),
        ("ಅರಿಶಿನ HS ಕೋಡ್", Lang::Kn),
    ];
    for (q, lang) in cases {
        let a = ask(q, lang);
        assert!(a.answered, "{q} not answered");
        assert!(
            a.reply.plain_text().contains("0910"),
            "{q}: {}",
            a.reply.plain_text()
        );
        if lang != Lang::En {
            assert!(
                in_script(&a.reply.plain_text(), lang.code()),
                "{q}: reply not in {lang}"
            );
        }
    }
}

#[test]
fn typos_still_find_the_right_topic() {
    let cases = [
        ("rodtap", "RoDTEP"),
        ("rodtep shceme", "RoDTEP"),
        ("advanse autorization", "Advance Authori"),
        ("certficate of orgin", "Certificate of Origin"),
        ("importr exportr code", "IEC"),
    ];
    for (q, expect) in cases {
        let a = ask(q, Lang::En);
        // Found means answered, or offered first in the middle band ("I think you mean").
        let offered = a
            .candidates
            .first()
            .is_some_and(|c| c.title.to_lowercase().contains(&expect.to_lowercase()));
        assert!(a.answered || offered, "{q}: neither answered nor offered");
        let text = a.reply.plain_text();
        assert!(
            text.to_lowercase().contains(&expect.to_lowercase()),
            "{q}: {text}"
        );
    }
}

#[test]
fn questions_outside_export_are_declined_so_an_officer_can_be_offered() {
    for q in [
        "What will the weather be in Jaipur tomorrow?",
        "Book me a train ticket",
        "Tell me a joke",
        "Write me a poem about the sea",
        "who won the cricket match yesterday",
    ] {
        let a = ask(q, Lang::En);
        assert!(
            !a.answered,
            "{q} was answered with {:?}",
            a.reply.plain_text()
        );
        assert!(a.reply.plain_text().contains("officer"), "{q}");
    }
    let a = ask("आज का मौसम कैसा है?", Lang::Hi);
    assert!(!a.answered);
    assert!(in_script(&a.reply.plain_text(), "hi"));
}

#[test]
fn a_scheme_question_in_an_indian_language_is_answered_in_that_script_with_its_source() {
    for (q, lang) in [
        ("RoDTEP প্রকল্প কী?", Lang::Bn),
        ("RoDTEP ಯೋಜನೆ ಏನು?", Lang::Kn),
        ("RoDTEP പദ്ധതി എന്താണ്?", Lang::Ml),
        ("RoDTEP ଯୋଜନା କ'ଣ?", Lang::Or),
        ("rodtep kya hai", Lang::Hi),
    ] {
        let a = ask(q, lang);
        assert!(a.answered, "{q}");
        let text = a.reply.plain_text();
        assert!(text.contains("RoDTEP"), "{q}: {text}");
        assert!(in_script(&text, lang.code()), "{q}: not in {lang}: {text}");
    }
}

#[test]
fn an_english_answer_cites_its_source() {
    let a = ask("How do I get an IEC?", Lang::En);
    assert!(a.answered);
    let text = a.reply.plain_text();
    assert!(text.contains("IEC"));
    assert!(
        text.contains("Source:") && text.contains("FTP 2023"),
        "{text}"
    );
}

#[test]
fn district_questions_list_the_district_export_products() {
    let a = ask("export hub products of Bhadohi", Lang::En);
    assert!(a.answered);
    assert!(
        a.reply.plain_text().to_lowercase().contains("carpet"),
        "{}",
        a.reply.plain_text()
    );
    let a = ask("मुरादाबाद जिले के निर्यात उत्पाद", Lang::Hi);
    assert!(a.answered);
    let text = a.reply.plain_text();
    assert!(
        text.to_lowercase().contains("brass") || text.contains("पीतल"),
        "{text}"
    );
}

#[test]
fn empty_and_emoji_only_messages_get_a_prompt_to_type_a_question() {
    for q in ["", "   ", "🙏🙏🙏", "?!", "\u{200D}"] {
        let a = ask(q, Lang::Ta);
        assert!(!a.answered);
        assert!(
            in_script(&a.reply.plain_text(), "ta"),
            "{q:?}: {}",
            a.reply.plain_text()
        );
    }
}

#[test]
fn a_what_is_question_gets_the_main_entry_not_a_side_topic() {
    for (q, id) in [
        ("What is RoDTEP?", "rodtep"),
        ("What is EPCG?", "epcg"),
        ("What is IEC?", "iec"),
    ] {
        let a = ask(q, Lang::En);
        assert!(a.answered, "{q}");
        assert_eq!(a.results[0].id, id, "{q}");
    }
}

fn fixture_answerer() -> export_helpdesk::answer::Answerer {
    let text = std::fs::read_to_string(common::repo().join("tests/fixtures/eval/calibration.toml"))
        .unwrap();
    let calibration = export_helpdesk::answer::Calibration::parse(&text).unwrap();
    export_helpdesk::answer::Answerer::open(
        &common::repo().join("knowledge"),
        &common::repo().join("locales"),
        None,
    )
    .unwrap()
    .with_calibration(calibration)
}

#[test]
fn the_calibrated_decision_answers_hedges_or_declines_and_only_the_middle_band_hedges() {
    use export_helpdesk::answer::Band;
    let answerer = fixture_answerer();

    let a = answerer.ask("What is RoDTEP?", Lang::En);
    assert_eq!(a.band, Band::Answered, "{}", a.reply.plain_text());
    let text = a.reply.plain_text();
    assert!(
        text.contains("RoDTEP") && text.contains("Source:"),
        "{text}"
    );
    assert!(
        !text.contains("I think you mean"),
        "no hedge when sure: {text}"
    );
    assert!(a.candidates.is_empty());

    let a = answerer.ask("LUT renewal rules for small firms", Lang::En);
    assert_eq!(a.band, Band::Middle, "p = {}", a.confidence);
    assert!(!a.answered);
    let text = a.reply.plain_text();
    assert!(text.starts_with("I think you mean"), "{text}");
    assert!(text.contains("Talk to an officer"), "{text}");
    assert!((1..=2).contains(&a.candidates.len()), "{:?}", a.candidates);
    assert_eq!(a.candidates[0].id, "gst-lut");
    for c in &a.candidates {
        assert!(text.contains(&c.title), "{} is named: {text}", c.title);
    }
    assert!(a.more.is_none(), "the middle band sends no answer yet");

    let a = answerer.ask("What will the weather be in Jaipur tomorrow?", Lang::En);
    assert_eq!(a.band, Band::Declined, "p = {}", a.confidence);
    assert!(a.candidates.is_empty() && a.more.is_none());
    let text = a.reply.plain_text();
    assert!(
        text.contains("officer") && !text.contains("I think you mean"),
        "{text}"
    );
}

#[test]
fn the_first_message_is_the_summary_and_more_sends_the_rest_and_the_steps() {
    let a = ask("What is RoDTEP?", Lang::En);
    assert!(a.answered);
    let first = a.reply.plain_text();
    let more = a.more.as_ref().expect("a More part").plain_text();
    let entry = answerer().engine();
    let entry = entry.kb.entry("rodtep").unwrap();
    let summary = entry.summary.get(&Lang::En).unwrap();
    // The summary is long: its head is in the first message, within the limit, and its tail
    // and the steps in "More".
    assert!(summary.chars().count() > export_helpdesk::answer::SUMMARY_CHARS);
    let title_and_source: usize = first
        .lines()
        .filter(|l| l.starts_with("RoDTEP:") || l.starts_with("Source:"))
        .map(|l| l.chars().count() + 1)
        .sum();
    assert!(
        first.chars().count() - title_and_source <= export_helpdesk::answer::SUMMARY_CHARS + 2,
        "{first}"
    );
    let last_summary_line = summary.trim().lines().last().unwrap();
    assert!(
        more.contains(last_summary_line.trim()),
        "the rest of the summary: {more}"
    );
    assert!(!first.contains(last_summary_line.trim()));
    assert!(more.contains("shipping bill"), "the steps: {more}");
    assert_eq!(
        answerer().more("rodtep", Lang::En).map(|m| m.plain_text()),
        Some(more),
        "the More button of a shown result sends the same"
    );
}

#[test]
fn an_answer_offers_at_most_three_see_also_results() {
    let a = ask("How do I get an IEC?", Lang::En);
    assert!(a.answered);
    let related = answerer().engine().kb.entry("iec").unwrap().related.len();
    assert!(related > 3);
    assert_eq!(a.see_also.len(), 3, "{:?}", a.see_also);
    assert!(
        !a.reply.plain_text().contains("See also"),
        "buttons, not text"
    );
}

#[test]
fn the_question_s_script_decides_the_reply_language_and_says_it_differs_from_the_setting() {
    let a = ask("RoDTEP திட்டம் என்ன?", Lang::En);
    assert_eq!(a.lang, Lang::Ta);
    assert!(a.lang_differs);
    assert!(
        in_script(&a.reply.plain_text(), "ta"),
        "{}",
        a.reply.plain_text()
    );

    let a = ask("रोडटेप योजना क्या है", Lang::Mr);
    assert_eq!(a.lang, Lang::Mr);
    assert!(!a.lang_differs);
    let a = ask("रोडटेप योजना क्या है", Lang::Bn);
    assert_eq!(a.lang, Lang::Hi);
    assert!(a.lang_differs);
    assert!(in_script(&a.reply.plain_text(), "hi"));

    let a = ask("rodtep kya hai", Lang::Hi);
    assert_eq!(a.lang, Lang::Hi);
    assert!(!a.lang_differs);
}

#[test]
fn an_hs_reply_lists_codes_below_without_repeating_the_parent_description() {
    let a = ask("hs code 0101", Lang::En);
    assert!(a.answered);
    let text = a.reply.plain_text();
    let bullets: Vec<&str> = text.lines().filter(|l| l.starts_with('•')).collect();
    assert!(bullets.len() >= 3, "{text}");
    for line in bullets {
        assert!(
            !line.to_lowercase().contains("horses, asses"),
            "parent repeated: {line}"
        );
    }
}

#[test]
fn the_fixture_set_is_graded_and_its_rows_add_up() {
    use export_helpdesk::answer::eval;
    let files = vec![common::repo().join("tests/fixtures/eval/fixture.jsonl")];
    let questions = eval::select(eval::load(&files).unwrap(), Some("heldout"));
    assert_eq!(questions.len(), 10);
    let graded = eval::grade(answerer(), &questions);
    let rows = eval::tallies(&graded);
    let (name, all) = &rows[0];
    assert_eq!(name, "all");
    assert_eq!(all.questions, 10);
    assert_eq!(all.in_scope + all.out_of_scope, 10);
    assert_eq!(all.out_of_scope, 2);
    assert!(all.oos_declined <= all.out_of_scope);
    assert!(all.answered + all.middle <= all.questions);
    let right = graded.iter().filter(|g| g.answered_right).count();
    assert_eq!(all.answered_right, right);
    assert_eq!(
        eval::misses(&graded).len(),
        graded
            .iter()
            .filter(|g| !g.answered_right
                && (g.question.expect.answered
                    || g.band != export_helpdesk::answer::Band::Declined))
            .count(),
        "every miss is listed once"
    );
    let per_lang: usize = rows
        .iter()
        .filter(|(n, _)| n.len() == 2)
        .map(|(_, t)| t.questions)
        .sum();
    assert_eq!(per_lang, 10);
    assert!(eval::table(&rows).contains("| all | 10 |"));
}
