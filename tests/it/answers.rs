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
        assert!(a.answered, "{q} not answered");
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
