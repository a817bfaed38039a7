//! Unit tests of the index, and builders other modules' tests use.

use super::*;
use crate::knowledge::KnowledgeBase;
use crate::knowledge::{Entry, EntryKind, Source};

/// An English entry with a title, a summary and the ways people ask for it.
pub(crate) fn entry(id: &str, title: &str, summary: &str, questions: &[&str]) -> Entry {
    let en = |s: &str| [(Lang::En, s.to_string())].into_iter().collect();
    Entry {
        id: id.into(),
        kind: EntryKind::Faq,
        title: en(title),
        summary: en(summary),
        body: Default::default(),
        keywords: Default::default(),
        questions: [(Lang::En, questions.iter().map(|q| q.to_string()).collect())]
            .into_iter()
            .collect(),
        source: Source {
            cite: "FTP 2023".into(),
            url: None,
        },
        reviewed: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        related: Vec::new(),
        file: PathBuf::new(),
    }
}

pub(crate) fn index_of(entries: Vec<Entry>) -> SearchIndex {
    let mut kb = KnowledgeBase {
        entries,
        ..Default::default()
    };
    kb.lexicon.stopwords = [
        "how", "do", "i", "my", "a", "the", "for", "is", "what", "to",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    SearchIndex::build_in_ram(&kb).unwrap()
}

fn top(index: &SearchIndex, q: &str) -> (String, Hit) {
    let outcome = index.search(q, Lang::En);
    let hit = outcome.hits.first().expect("a hit").clone();
    let DocKey::Entry(i) = hit.key else {
        panic!("an entry")
    };
    (["iec", "lut"][i].to_string(), hit)
}

fn two_entries() -> SearchIndex {
    index_of(vec![
        entry(
            "iec",
            "Importer Exporter Code",
            "The ten-character code from DGFT that every exporter needs; apply online.",
            &["how do I register my firm to start trading abroad"],
        ),
        entry(
            "lut",
            "Letter of Undertaking under GST",
            "Export without paying IGST by filing form RFD-11 each financial year.",
            &["can I ship goods without paying tax"],
        ),
    ])
}

#[test]
fn a_question_worded_like_an_entrys_paraphrase_finds_that_entry_through_its_questions() {
    let index = two_entries();
    let (id, hit) = top(&index, "how to register a firm for trading abroad");
    assert_eq!(id, "iec");
    assert_eq!(hit.evidence.matched_field, MatchedField::Questions);
    assert_eq!(hit.evidence.question_coverage, 1.0);
    assert_eq!(hit.evidence.title_coverage, 0.0);
    assert!(hit.evidence.title_coverage.is_sign_positive());
    assert!(
        hit.confidence >= 0.99,
        "a match in the questions field is strong evidence: {hit:?}"
    );
    let (id, _) = top(&index, "ship goods without paying tax");
    assert_eq!(id, "lut");
}

#[test]
fn each_hit_reports_its_evidence_field_by_field() {
    let index = two_entries();
    let outcome = index.search("IGST refund of the importer code", Lang::En);
    let (_, hit) = top(&index, "IGST refund of the importer code");
    assert_eq!(outcome.query_words, 6);
    assert_eq!(outcome.unknown_words, 1, "'refund' is unknown here");
    let e = hit.evidence;
    assert!(e.title_coverage > 0.0 && e.summary_coverage < 1.0, "{e:?}");
    assert!((0.0..=1.0).contains(&e.rare_coverage));
    assert_eq!(e.bm25, 1.0, "the first hit is the best of its kind");
    let none = index.search("weather tomorrow", Lang::En);
    assert_eq!(none.unknown_words, 2);
    assert!(none.hits.is_empty());
}

#[test]
fn terms_written_in_another_script_find_the_entry() {
    let haldi = entry("spice-x", "हल्दी का निर्यात", "हल्दी के लिए मसाला बोर्ड।", &[]);
    let index = index_of(vec![
        entry(
            "lut",
            "Letter of Undertaking (LUT) under GST",
            "File the LUT on the GST portal before the financial year.",
            &[],
        ),
        entry(
            "iec",
            "Importer Exporter Code (IEC)",
            "Apply for the IEC on the DGFT portal.",
            &[],
        ),
        haldi,
    ]);
    let id = |q: &str| {
        let o = index.search(q, Lang::Hi);
        let i = match o.hits.first().map(|h| &h.key) {
            Some(DocKey::Entry(i)) => *i,
            other => panic!("{q}: {other:?}"),
        };
        assert!(o.transliterated_words >= 1, "{q}: {o:?}");
        ["lut", "iec", "haldi"][i]
    };
    assert_eq!(id("जीएसटी"), "lut", "Devanagari");
    assert_eq!(id("ஜிஎஸ்டி"), "lut", "Tamil");
    assert_eq!(id("జీఎస్టీ"), "lut", "Telugu");
    assert_eq!(id("ಎಲ್\u{200C}ಯುಟಿ"), "lut", "Kannada, with a ZWNJ");
    assert_eq!(id("আইইসি"), "iec", "Bengali");
    assert_eq!(id("आईईसी"), "iec");
    assert_eq!(id("haldi"), "haldi", "Hindi word typed in Latin");
}

#[test]
fn an_hs_code_spelled_out_in_an_indian_script_is_an_hs_question() {
    let mut kb = KnowledgeBase::default();
    kb.lexicon.hs_intent = ["hs".to_string()].into_iter().collect();
    let index = SearchIndex::build_in_ram(&kb).unwrap();
    for q in ["एचएस कोड", "এইচএস কোড", "எச்எஸ் கோட்", "ಎಚ್‌ಎಸ್ ಕೋಡ್"]
    {
        assert!(index.search(q, Lang::Hi).hs_intent, "{q}");
    }
    assert!(!index.search("कोड", Lang::Hi).hs_intent);
}
