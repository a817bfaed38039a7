//! Unit tests of the notice loader's rules, each reported at its file and line.

use super::*;
use crate::knowledge::{District, HsLine};

fn kb() -> KnowledgeBase {
    let mut kb = KnowledgeBase::default();
    for (state, name) in [("UTTAR PRADESH", "MORADABAD"), ("TAMIL NADU", "ERODE")] {
        kb.districts.push(District {
            state: state.into(),
            name: name.into(),
            aliases: vec![],
            names: Default::default(),
            regional_authority: None,
            products: vec![],
            products_source: None,
        });
    }
    for code in ["09", "0910"] {
        let code = HsCode::parse(code).unwrap();
        let line = HsLine {
            code: code.clone(),
            description: "Spices".into(),
            display: "Spices".into(),
        };
        kb.hs.insert(code, line);
    }
    kb
}

const GOOD: &str = "+++\nid = \"turmeric-fair\"\nkind = \"event\"\npublish = 2026-12-01T10:00:00+05:30\nexpires = 2026-12-20T00:00:00+05:30\ndistricts = [\"Erode\"]\nhs = [\"0910\"]\nstarts = 2026-12-15T10:00:00+05:30\nplace = \"Erode\"\norganiser = \"DGFT\"\n\n[source]\ncite = \"Trade notice 12/2026\"\n\n[title]\nen = \"Turmeric buyer-seller meet\"\n\n[summary]\nen = \"Meet buyers.\"\nta = \"வாங்குவோரைச் சந்திக்கவும்.\"\n+++\n## en\nMore.\n";

fn parse(text: &str) -> (Option<Bulletin>, Vec<String>) {
    let (b, d, _) = parse_bulletin(Path::new("knowledge/notices/x.md"), text, &kb());
    (b, d.0.iter().map(|d| d.to_string()).collect())
}

#[test]
fn a_good_event_notice_parses_with_its_targets() {
    let (b, m) = parse(GOOD);
    assert!(m.is_empty(), "{m:?}");
    let b = b.expect("notice");
    assert_eq!(b.targets.districts, ["TAMIL NADU/ERODE"]);
    assert_eq!(b.targets.hs[0].as_str(), "0910");
    assert_eq!(b.event.as_ref().unwrap().place, "Erode");
    assert_eq!(b.body[&crate::lang::Lang::En], "More.");
}

#[test]
fn an_unknown_district_or_state_is_reported_at_its_line() {
    let (b, m) = parse(&GOOD.replace("[\"Erode\"]", "[\"Atlantis\"]\nstates = [\"Lemuria\"]"));
    assert!(b.is_none());
    assert!(
        m.iter()
            .any(|m| m.contains("x.md:6: error: unknown district \"Atlantis\"")),
        "{m:?}"
    );
    assert!(
        m.iter()
            .any(|m| m.contains("x.md:7: error: unknown state \"Lemuria\"")),
        "{m:?}"
    );
}

#[test]
fn inverted_or_offsetless_dates_are_errors() {
    let (b, m) = parse(&GOOD.replace("expires = 2026-12-20", "expires = 2026-11-20"));
    assert!(b.is_none());
    assert!(
        m.iter()
            .any(|m| m.contains("x.md:5: error: `expires`") && m.contains("is not after")),
        "{m:?}"
    );
    let (_, m) = parse(&GOOD.replace(
        "publish = 2026-12-01T10:00:00+05:30",
        "publish = 2026-12-01",
    ));
    assert!(
        m.iter()
            .any(|m| m.contains("x.md:4: error: `publish` must be a date-time with an offset")),
        "{m:?}"
    );
    let (_, m) = parse(&GOOD.replace("starts = 2026-12-15", "starts = 2026-11-15"));
    assert!(
        m.iter()
            .any(|m| m.contains("x.md:8: error: the event `starts`")),
        "{m:?}"
    );
}

#[test]
fn english_is_required_and_a_target_too() {
    let (b, m) = parse(&GOOD.replace("en = \"Meet buyers.\"\n", ""));
    assert!(b.is_none());
    assert!(
        m.iter()
            .any(|m| m.contains("x.md:2: error: missing the English summary")),
        "{m:?}"
    );
    let (_, m) = parse(&GOOD.replace("districts = [\"Erode\"]\nhs = [\"0910\"]\n", ""));
    assert!(
        m.iter().any(|m| m.contains("a notice needs a target")),
        "{m:?}"
    );
}

#[test]
fn a_yearly_deadline_needs_a_valid_window() {
    let deadline = GOOD
        .replace("kind = \"event\"", "kind = \"deadline\"")
        .replace(
            "starts = 2026-12-15T10:00:00+05:30\n",
            "every = \"year\"\nwindow = [\"04-01\", \"06-30\"]\n",
        );
    let (b, m) = parse(&deadline);
    assert!(m.is_empty(), "{m:?}");
    let w = b.unwrap().every_year.unwrap();
    assert_eq!((w.from, w.to), ((4, 1), (6, 30)));
    let table = deadline.replace(
        "window = [\"04-01\", \"06-30\"]",
        "window = { from = \"12-01\", to = \"01-31\" }",
    );
    let w = parse(&table).0.unwrap().every_year.unwrap();
    assert_eq!((w.from, w.to), ((12, 1), (1, 31)));
    let (b, m) = parse(&deadline.replace("\"06-30\"", "\"06-31\""));
    assert!(b.is_none());
    assert!(
        m.iter()
            .any(|m| m.contains("x.md:9: error: `window` must be two month-days")),
        "{m:?}"
    );
    let (_, m) = parse(&deadline.replace("kind = \"deadline\"", "kind = \"outreach\""));
    assert!(
        m.iter()
            .any(|m| m.contains("x.md:8: error: only a notice of kind \"deadline\" recurs")),
        "{m:?}"
    );
}

#[test]
fn an_unknown_hs_code_topic_or_kind_is_an_error() {
    let (_, m) = parse(&GOOD.replace("[\"0910\"]", "[\"0999\"]\ntopics = [\"cricket\"]"));
    assert!(
        m.iter()
            .any(|m| m.contains("x.md:7: error: HS code 0999 is not in hs/hsn.csv")),
        "{m:?}"
    );
    assert!(
        m.iter()
            .any(|m| m.contains("x.md:8: error: topic \"cricket\"")),
        "{m:?}"
    );
    let (_, m) = parse(&GOOD.replace("kind = \"event\"", "kind = \"rumour\""));
    assert!(
        m.iter()
            .any(|m| m.contains("x.md:3: error: kind \"rumour\"")),
        "{m:?}"
    );
}
