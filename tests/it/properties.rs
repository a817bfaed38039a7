//! Properties: whatever a user types, the helpdesk gives a reply — never an error or a
//! panic — and the work a search does stays within the bounds of `search`, checked on the
//! size of its query plan (not by timing).

#[path = "../common/worst.rs"]
mod worst;

use crate::common;

use std::sync::{Arc, OnceLock};

use export_helpdesk::answer::Engine;
use export_helpdesk::lang::Lang;
use export_helpdesk::search::{self, QueryPlan};
use proptest::prelude::*;

fn engine() -> &'static Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    ENGINE.get_or_init(|| common::answerer().engine())
}

/// Every figure of the plan within its bound.
fn within_bounds(plan: &QueryPlan) -> Result<(), String> {
    let checks = [
        ("bytes", plan.bytes, search::MAX_QUESTION_BYTES),
        ("words", plan.words, search::MAX_QUERY_WORDS),
        (
            "longest repaired word",
            plan.longest_repaired,
            search::MAX_WORD_CHARS,
        ),
        ("variants", plan.variants, search::MAX_VARIANTS_PER_WORD),
        ("candidates", plan.candidates, search::MAX_REPAIR_CANDIDATES),
        ("prefix scan", plan.scanned, search::MAX_PREFIX_SCAN),
        ("automaton steps", plan.steps, search::MAX_REPAIR_STEPS),
        (
            "automaton steps of the question",
            plan.total_steps,
            search::MAX_QUESTION_REPAIR_STEPS + search::MAX_REPAIR_STEPS,
        ),
        (
            "terms per word",
            plan.terms_per_word,
            search::MAX_TERMS_PER_WORD,
        ),
        ("terms", plan.terms, search::MAX_QUERY_TERMS),
        ("clauses", plan.clauses, search::MAX_CLAUSES),
    ];
    for (what, got, max) in checks {
        if got > max {
            return Err(format!("{what}: {got} > {max} in {plan:?}"));
        }
    }
    Ok(())
}

/// The plan `search` reports is the plan it ran, and within bounds.
fn check(question: &str) -> Result<(), TestCaseError> {
    let index = &engine().index;
    let plan = index.query_plan(question);
    let outcome = index.search(question, Lang::En);
    prop_assert_eq!(plan, outcome.plan);
    within_bounds(&plan).map_err(TestCaseError::fail)?;
    prop_assert!(outcome.hits.len() <= 10);
    Ok(())
}

/// A run of letters of one script (Latin, digits or one of the nine Indian scripts) with no
/// space, 33 to 4,096 characters.
fn one_long_word() -> impl Strategy<Value = String> {
    let mut alphabets: Vec<String> = worst::SCRIPT_SAMPLES
        .iter()
        .map(|(_, s)| s.to_string())
        .collect();
    alphabets.push("abcdefghijklmnopqrstuvwxyz".into());
    alphabets.push("0123456789".into());
    alphabets.push("IECRODTEPGST".into());
    (
        prop::sample::select(alphabets),
        33usize..=worst::MESSAGE_CHARS,
        any::<u64>(),
    )
        .prop_map(|(alphabet, len, seed)| {
            let letters: Vec<char> = alphabet.chars().collect();
            let mut x = seed | 1;
            (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    letters[(x % letters.len() as u64) as usize]
                })
                .collect()
        })
}

/// 4,096 characters of one- and two-letter words.
fn tiny_words() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-zअ-ह]{1,2}", 1..2048)
        .prop_map(|w| w.join(" ").chars().take(worst::MESSAGE_CHARS).collect())
}

/// Keywords of the knowledge base repeated, in any order, up to 4,096 characters.
fn repeated_keywords() -> impl Strategy<Value = String> {
    let words: Vec<&'static str> = worst::KEYWORDS.split_whitespace().collect();
    prop::collection::vec(prop::sample::select(words), 1..600)
        .prop_map(|w| w.join(" ").chars().take(worst::MESSAGE_CHARS).collect())
}

/// Pieces of every script glued with or without spaces.
fn mixed_scripts() -> impl Strategy<Value = String> {
    let mut pieces: Vec<String> = worst::SCRIPT_SAMPLES
        .iter()
        .map(|(_, s)| s.to_string())
        .collect();
    pieces.extend(
        [
            "certficate",
            "0910",
            "🙏",
            " ",
            " ",
            "regstraton",
            "haldi",
            "जीएसटी",
        ]
        .map(String::from),
    );
    prop::collection::vec(prop::sample::select(pieces), 1..400)
        .prop_map(|p| p.concat().chars().take(worst::MESSAGE_CHARS).collect())
}

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

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn one_long_word_in_any_script_stays_within_the_search_bounds(q in one_long_word()) {
        check(&q)?;
        let plan = engine().index.query_plan(&q);
        prop_assert_eq!(plan.variants, 0, "a word longer than any word is not repaired");
        prop_assert_eq!(plan.scanned, 0);
        prop_assert_eq!(plan.steps, 0);
    }

    #[test]
    fn thousands_of_tiny_words_stay_within_the_search_bounds(q in tiny_words()) {
        check(&q)?;
    }

    #[test]
    fn repeated_keywords_stay_within_the_search_bounds(q in repeated_keywords()) {
        check(&q)?;
        // Repeats are read once: the distinct keywords all fit.
        let distinct: std::collections::HashSet<String> =
            export_helpdesk::text::words(&q).into_iter().collect();
        prop_assert_eq!(engine().index.query_plan(&q).words, distinct.len().min(search::MAX_QUERY_WORDS));
    }

    #[test]
    fn every_script_mixed_stays_within_the_search_bounds(q in mixed_scripts()) {
        check(&q)?;
    }
}

#[test]
fn every_named_worst_case_stays_within_the_search_bounds_and_gets_a_reply() {
    for (name, q) in worst::worst_cases() {
        assert_eq!(q.chars().count(), worst::MESSAGE_CHARS, "{name}");
        if let Err(e) = check(&q) {
            panic!("{name}: {e}");
        }
        let a = common::answerer().ask(&q, Lang::En);
        assert!(!a.reply.plain_text().is_empty(), "{name}");
    }
    // A message beyond Telegram's size is read only up to the bound.
    let huge = "export ".repeat(10_000);
    assert_eq!(
        engine().index.query_plan(&huge).bytes,
        search::MAX_QUESTION_BYTES
    );
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

#[test]
fn a_message_of_distinct_long_typos_spends_only_the_questions_repair_budget() {
    let q = worst::long_distinct_latin();
    let plan = engine().index.query_plan(&q);
    assert!(
        plan.total_steps <= search::MAX_QUESTION_REPAIR_STEPS + search::MAX_REPAIR_STEPS,
        "{plan:?}"
    );
    // Typos of an ordinary question are still repaired under the budget.
    let a = common::answerer().ask("advanse autorization licence", Lang::En);
    assert_eq!(
        a.id.as_deref(),
        Some("advance-authorisation"),
        "{:?}",
        a.results
    );
}
