//! Calibrated confidence: the evidence of a ranking as numbers ([`Features`]), a small
//! logistic regression that turns them into the probability that the top result is the
//! right answer, and the thresholds that decide between answering, "I think you mean ..."
//! and declining ([`Band`]).
//!
//! The model's weights and thresholds live in `src/search/calibration.toml`, a small text
//! file reviewed like code and compiled into the binary. `export-helpdesk eval fit` writes it
//! from the train split of the labelled question set (`tests/eval/*.jsonl`); see
//! `docs/EVAL.md`. Nothing here names a question or an entry: the features describe how
//! well the best document covers the question, how clearly it beats the second, and how much
//! of the question was unknown or repaired.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::search::analyzer;
use crate::search::index::{DocKey, SearchOutcome};

mod fit;
#[cfg(test)]
mod tests;

pub use fit::{Example, Scored, choose_thresholds, fit};

/// The names of the features, in the order of [`Features::values`]. The weights file names
/// its weights by these.
pub const FEATURES: [&str; 20] = [
    "coverage",
    "strong",
    "title",
    "rarest",
    "questions",
    "bm25",
    "margin",
    "second",
    "unknown",
    "repaired",
    "topic_words",
    "filler",
    "hs_intent",
    "district",
    "product",
    "hs_line",
    "indic",
    "coverage_title",
    "lead",
    "indic_coverage",
];

/// The evidence of one search, each value about 0..=1 (the word counts as logarithms).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Features {
    pub values: [f64; FEATURES.len()],
}

impl Features {
    /// The features of a search for `question`. A search without hits gives all zeros but
    /// the question's own counts.
    pub fn of(outcome: &SearchOutcome, question: &str) -> Features {
        let top = outcome.hits.first();
        let second = outcome.hits.get(1);
        let words = (outcome.topic_words + outcome.generic_words).max(1) as f64;
        let repaired =
            outcome.repaired_words + outcome.inflected_words + outcome.transliterated_words;
        let all_words = analyzer::words(question).len();
        // Words that were not read as topic words: stopwords, fillers, greetings.
        let filler = all_words.saturating_sub(outcome.topic_words) as f64;
        let (district, product, hs_line) = match top.map(|h| &h.key) {
            Some(DocKey::District(_)) => (1.0, 0.0, 0.0),
            Some(DocKey::Product(_)) => (0.0, 1.0, 0.0),
            Some(DocKey::Hs(_)) => (0.0, 0.0, 1.0),
            _ => (0.0, 0.0, 0.0),
        };
        let margin = match (top, second) {
            (Some(t), Some(s)) if t.score > 0.0 => f64::from((t.score - s.score) / t.score),
            (Some(_), None) => 1.0,
            _ => 0.0,
        };
        let coverage = top.map_or(0.0, |h| f64::from(h.confidence));
        let indic = if indic_share(question) > 0.5 {
            1.0
        } else {
            0.0
        };
        let second_coverage = second.map_or(0.0, |h| f64::from(h.confidence));
        let values = [
            coverage,
            top.map_or(0.0, |h| f64::from(h.evidence.strong_coverage)),
            top.map_or(0.0, |h| f64::from(h.evidence.best_line)),
            top.map_or(0.0, |h| f64::from(h.evidence.rare_coverage)),
            top.map_or(0.0, |h| f64::from(h.evidence.question_coverage)),
            top.map_or(0.0, |h| f64::from(h.evidence.bm25)),
            margin.clamp(0.0, 1.0),
            second_coverage,
            outcome.unknown_words as f64 / words,
            repaired as f64 / words,
            (1.0 + outcome.topic_words as f64).ln(),
            (1.0 + filler).ln(),
            if outcome.hs_intent { 1.0 } else { 0.0 },
            district,
            product,
            hs_line,
            indic,
            // Interactions: a title that states the question matters more when the words are
            // covered; how far the top result leads the second in coverage; coverage read
            // differently for the thinner vocabulary of Indian scripts.
            coverage * top.map_or(0.0, |h| f64::from(h.evidence.best_line)),
            (coverage - second_coverage).max(0.0),
            indic * coverage,
        ];
        Features { values }
    }

    /// The features by name, for `ask --explain` and the evaluation report.
    pub fn named(&self) -> impl Iterator<Item = (&'static str, f64)> + '_ {
        FEATURES.iter().copied().zip(self.values.iter().copied())
    }
}

/// The share of the question's letters written in an Indian script.
fn indic_share(question: &str) -> f64 {
    let mut indic = 0usize;
    let mut letters = 0usize;
    for c in question.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if ('\u{0900}'..='\u{0D7F}').contains(&c) {
            indic += 1;
        }
    }
    if letters == 0 {
        0.0
    } else {
        indic as f64 / letters as f64
    }
}

/// What the helpdesk does with a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    /// Confident: the top result is sent as the answer.
    Answered,
    /// Likely but not sure: "I think you mean ..." with the best one or two results offered,
    /// and an officer.
    Middle,
    /// Not found: an officer is offered.
    Declined,
}

impl Band {
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Answered => "answered",
            Band::Middle => "middle",
            Band::Declined => "declined",
        }
    }
}

/// Errors of a weights file.
#[derive(Debug, thiserror::Error)]
pub enum CalibrationError {
    #[error("weights file: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("weights file names an unknown feature {0:?} (known: {known})", known = FEATURES.join(", "))]
    UnknownFeature(String),
    #[error("weights file: thresholds must satisfy 0 <= middle <= answer <= 1")]
    Thresholds,
}

/// The thresholds on the probability that the top result is right.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    /// At or above: answered.
    pub answer: f64,
    /// At or above (and below `answer`): the middle band.
    pub middle: f64,
}

/// How a weights file was made (for the reader; not used to decide).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    #[serde(default)]
    pub sets: Vec<String>,
    #[serde(default)]
    pub split: String,
    #[serde(default)]
    pub questions: usize,
    #[serde(default)]
    pub positives: usize,
    #[serde(default)]
    pub ridge: f64,
    #[serde(default)]
    pub target_precision: f64,
    #[serde(default)]
    pub target_declined: f64,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct WeightsFile {
    bias: f64,
    thresholds: Thresholds,
    weights: BTreeMap<String, f64>,
    #[serde(default)]
    fit: Provenance,
}

/// A fitted model: weights per feature, a bias and the two thresholds.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    pub bias: f64,
    pub weights: [f64; FEATURES.len()],
    pub thresholds: Thresholds,
    pub provenance: Provenance,
}

const BUILTIN: &str = include_str!("../calibration.toml");

impl Calibration {
    /// The model compiled into the binary (`src/search/calibration.toml`), parsed once.
    pub fn builtin() -> &'static Calibration {
        static MODEL: OnceLock<Calibration> = OnceLock::new();
        MODEL.get_or_init(|| {
            Calibration::parse(BUILTIN)
                .expect("src/search/calibration.toml parses (checked by a unit test)")
        })
    }

    /// Reads a weights file.
    pub fn parse(text: &str) -> Result<Calibration, CalibrationError> {
        let file: WeightsFile = toml::from_str(text)?;
        let mut weights = [0.0; FEATURES.len()];
        for (name, w) in &file.weights {
            let i = FEATURES
                .iter()
                .position(|f| f == name)
                .ok_or_else(|| CalibrationError::UnknownFeature(name.clone()))?;
            weights[i] = *w;
        }
        let t = file.thresholds;
        if !(0.0..=1.0).contains(&t.middle) || !(t.middle..=1.0).contains(&t.answer) {
            return Err(CalibrationError::Thresholds);
        }
        Ok(Calibration {
            bias: file.bias,
            weights,
            thresholds: t,
            provenance: file.fit,
        })
    }

    /// The weights file's text, with a header saying how to remake it.
    pub fn to_toml(&self) -> String {
        let file = WeightsFile {
            bias: round(self.bias),
            thresholds: Thresholds {
                answer: round(self.thresholds.answer),
                middle: round(self.thresholds.middle),
            },
            weights: FEATURES
                .iter()
                .zip(self.weights)
                .map(|(n, w)| (n.to_string(), round(w)))
                .collect(),
            fit: self.provenance.clone(),
        };
        format!(
            "# Calibrated confidence: a logistic regression over the features of src/search/calibration/mod.rs.\n\
             # P(top result right) = 1 / (1 + exp(-(bias + sum of weight * feature))).\n\
             # Answered at or above thresholds.answer, \"I think you mean\" at or above thresholds.middle.\n\
             # Written by `export-helpdesk eval fit` (see docs/EVAL.md); review changes like code.\n\n{}",
            toml::to_string(&file).unwrap_or_default()
        )
    }

    /// The probability that the top result is the right answer.
    pub fn probability(&self, features: &Features) -> f64 {
        let z = self.bias
            + self
                .weights
                .iter()
                .zip(features.values)
                .map(|(w, x)| w * x)
                .sum::<f64>();
        sigmoid(z)
    }

    /// The band for a probability.
    pub fn band(&self, probability: f64) -> Band {
        if probability >= self.thresholds.answer {
            Band::Answered
        } else if probability >= self.thresholds.middle {
            Band::Middle
        } else {
            Band::Declined
        }
    }
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

pub(super) fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}
