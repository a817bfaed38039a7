//! Property: whatever a user types, the helpdesk gives a reply — never an error or a panic.

use crate::common;

use export_helpdesk::lang::Lang;
use proptest::prelude::*;

fn nasty() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        ":",
        "(",
        ")",
        "AND",
        "OR",
        "NOT",
        "title:",
        "*",
        "~2",
        "^3",
        "[",
        "]",
        "{",
        "}",
        "\\",
        "+",
        "-",
        "https://dgft.gov.in/x?a=b",
        "निर्यात",
        "्",
        "\u{200D}",
        "\u{200C}",
        "🙏",
        "0910.30",
        "1006 30 20",
        "haldi",
        "RoDTEP",
        "ஏற்றுமதி",
        " ",
        "\n",
        "\t",
        "'",
        "<b>",
        "&amp;",
        "\u{0}",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_text_gets_a_reply(q in "\\PC{0,300}", lang in 0usize..11) {
        let a = common::answerer().ask(&q, Lang::ALL[lang]);
        prop_assert!(!a.reply.plain_text().is_empty());
        prop_assert!((0.0..=1.0).contains(&a.confidence));
    }

    #[test]
    fn query_syntax_and_joiners_get_a_reply(q in nasty(), lang in 0usize..11) {
        let a = common::answerer().ask(&q, Lang::ALL[lang]);
        prop_assert!(!a.reply.plain_text().is_empty());
    }
}

#[test]
fn a_4096_character_message_gets_a_reply() {
    let long = "How do I export turmeric and what is RoDTEP? ".repeat(100);
    let long: String = long.chars().take(4096).collect();
    let a = common::answerer().ask(&long, Lang::En);
    assert!(!a.reply.plain_text().is_empty());
    let mixed: String = "निर्यात RoDTEP ஏற்றுமதி 🙏 "
        .repeat(200)
        .chars()
        .take(4096)
        .collect();
    assert!(
        !common::answerer()
            .ask(&mixed, Lang::Hi)
            .reply
            .plain_text()
            .is_empty()
    );
}
