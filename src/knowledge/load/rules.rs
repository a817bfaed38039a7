//! The validation rules of `kb check`, each written once and used wherever it applies. A rule
//! takes the value and answers with what is wrong, if anything; the caller knows the file and
//! line and turns a [`Finding`] into a diagnostic.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::knowledge::diag::Diagnostics;
use crate::knowledge::{HsCode, HsLine};
use std::path::Path;

/// The longest summary, in characters: it must fit in one Telegram message (4,096) together
/// with its title, citation, "see also" line and buttons.
pub const MAX_SUMMARY_CHARS: usize = 1500;

/// A `reviewed` date older than this many days is reported: the facts may have changed.
pub const STALE_AFTER_DAYS: i64 = 180;

/// The longest question paraphrase, in characters (a question, not an answer).
pub const MAX_QUESTION_CHARS: usize = 300;

/// What a rule found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    Error(String),
    Warning(String),
}

impl Finding {
    /// Adds the finding to `diags` at `file:line`.
    pub fn report(self, diags: &mut Diagnostics, file: &Path, line: usize) {
        match self {
            Finding::Error(m) => diags.error(file, line, m),
            Finding::Warning(m) => diags.warning(file, line, m),
        }
    }

    pub fn is_error(&self) -> bool {
        matches!(self, Finding::Error(_))
    }
}

/// A `reviewed` date may not be in the future, and should not be older than
/// [`STALE_AFTER_DAYS`].
pub fn reviewed_date(date: NaiveDate, today: NaiveDate) -> Option<Finding> {
    if date > today {
        return Some(Finding::Error(format!(
            "`reviewed` date {date} is in the future"
        )));
    }
    let age = (today - date).num_days();
    (age > STALE_AFTER_DAYS).then(|| {
        Finding::Warning(format!(
            "`reviewed` {date} is {age} days ago (over {STALE_AFTER_DAYS}): check the facts against the source again"
        ))
    })
}

/// A summary must fit in one Telegram message with what goes around it.
pub fn summary_length(lang: &str, text: &str) -> Option<Finding> {
    let n = text.chars().count();
    (n > MAX_SUMMARY_CHARS).then(|| {
        Finding::Error(format!(
            "summary.{lang} has {n} characters; at most {MAX_SUMMARY_CHARS} fit in one Telegram message"
        ))
    })
}

/// An HS code named anywhere must be a line of `hs/hsn.csv`.
pub fn known_hs(code: &HsCode, hs: &BTreeMap<HsCode, HsLine>) -> Option<Finding> {
    (!hs.contains_key(code)).then(|| Finding::Error(format!("HS code {code} is not in hs/hsn.csv")))
}

/// A question paraphrase is a short question with at least one word.
pub fn question(lang: &str, text: &str) -> Option<Finding> {
    let n = text.chars().count();
    if crate::text::words(text).is_empty() {
        Some(Finding::Error(format!(
            "a question in questions.{lang} has no words: {text:?}"
        )))
    } else if n > MAX_QUESTION_CHARS {
        Some(Finding::Error(format!(
            "a question in questions.{lang} has {n} characters; keep questions under {MAX_QUESTION_CHARS}"
        )))
    } else {
        None
    }
}

/// A stable id: lowercase ASCII letters and digits in groups joined by single '-'.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// "a| b |c" → ["a", "b", "c"], empty parts dropped.
pub fn split_list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_reviewed_date_in_the_future_is_an_error_and_an_old_one_a_warning() {
        let today = day("2026-12-03");
        assert!(reviewed_date(day("2026-12-04"), today).unwrap().is_error());
        assert_eq!(reviewed_date(day("2026-12-03"), today), None);
        assert_eq!(
            reviewed_date(day("2026-06-06"), today),
            None,
            "180 days is fine"
        );
        let old = reviewed_date(day("2026-06-05"), today).unwrap();
        assert!(
            matches!(&old, Finding::Warning(m) if m.contains("181 days")),
            "{old:?}"
        );
    }

    #[test]
    fn a_summary_over_the_limit_is_an_error_counted_in_characters_not_bytes() {
        let hindi = "निर्यात".repeat(MAX_SUMMARY_CHARS / 7);
        assert!(hindi.len() > MAX_SUMMARY_CHARS);
        assert_eq!(summary_length("hi", &hindi), None);
        let long = "x".repeat(MAX_SUMMARY_CHARS + 1);
        assert!(summary_length("en", &long).unwrap().is_error());
    }

    #[test]
    fn an_hs_code_not_in_the_list_is_an_error() {
        let code = HsCode::parse("0910").unwrap();
        let mut hs = BTreeMap::new();
        assert!(known_hs(&code, &hs).is_some());
        hs.insert(
            code.clone(),
            HsLine {
                code: code.clone(),
                description: "Ginger, turmeric".into(),
                display: "Ginger, turmeric".into(),
            },
        );
        assert_eq!(known_hs(&code, &hs), None);
    }

    #[test]
    fn a_question_needs_words_and_must_be_short() {
        assert_eq!(question("en", "How do I get an IEC?"), None);
        assert!(question("en", "?? 🙏").unwrap().is_error());
        assert!(question("hi", &"क".repeat(MAX_QUESTION_CHARS + 1)).is_some());
    }

    #[test]
    fn slugs_are_lowercase_words_joined_by_single_hyphens() {
        assert!(is_slug("gst-lut"));
        assert!(is_slug("iec2"));
        for bad in ["", "GST", "gst--lut", "-gst", "gst_lut", "gst lut"] {
            assert!(!is_slug(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_list_cell_splits_at_bars_and_drops_empty_parts() {
        assert_eq!(split_list(" a| b ||c "), ["a", "b", "c"]);
        assert!(split_list("").is_empty());
    }
}
