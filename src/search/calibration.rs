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

use super::analyzer;
use super::index::{DocKey, SearchOutcome};

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

const BUILTIN: &str = include_str!("calibration.toml");

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
            "# Calibrated confidence: a logistic regression over the features of src/search/calibration.rs.\n\
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

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// One labelled example for fitting: the features of a search and whether its top result
/// was right.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    pub features: Features,
    pub right: bool,
}

/// Fits the logistic regression by Newton's method (iteratively reweighted least squares)
/// on standardised features with an L2 penalty `ridge` on the weights (not the bias).
/// Returns (bias, weights) in the units of the raw features. Deterministic.
#[allow(clippy::needless_range_loop)] // matrix arithmetic reads best with indices
pub fn fit(examples: &[Example], ridge: f64) -> (f64, [f64; FEATURES.len()]) {
    const N: usize = FEATURES.len();
    let n = examples.len().max(1) as f64;
    let mut mean = [0.0; N];
    let mut sd = [0.0; N];
    for e in examples {
        for j in 0..N {
            mean[j] += e.features.values[j] / n;
        }
    }
    for e in examples {
        for j in 0..N {
            sd[j] += (e.features.values[j] - mean[j]).powi(2) / n;
        }
    }
    for s in &mut sd {
        *s = if *s > 1e-12 { s.sqrt() } else { 1.0 };
    }
    // Standardised design matrix with a leading 1 for the bias.
    let rows: Vec<[f64; N + 1]> = examples
        .iter()
        .map(|e| {
            let mut r = [1.0; N + 1];
            for j in 0..N {
                r[j + 1] = (e.features.values[j] - mean[j]) / sd[j];
            }
            r
        })
        .collect();
    let mut beta = [0.0; N + 1];
    for _ in 0..50 {
        let mut grad = [0.0; N + 1];
        let mut hess = [[0.0; N + 1]; N + 1];
        for (r, e) in rows.iter().zip(examples) {
            let z: f64 = r.iter().zip(&beta).map(|(x, b)| x * b).sum();
            let p = sigmoid(z);
            let y = if e.right { 1.0 } else { 0.0 };
            let w = (p * (1.0 - p)).max(1e-9);
            for a in 0..=N {
                grad[a] += (y - p) * r[a];
                for b in 0..=N {
                    hess[a][b] += w * r[a] * r[b];
                }
            }
        }
        for a in 1..=N {
            grad[a] -= ridge * beta[a];
            hess[a][a] += ridge;
        }
        hess[0][0] += 1e-9;
        let Some(step) = solve(hess, grad) else {
            break;
        };
        let mut largest: f64 = 0.0;
        for a in 0..=N {
            beta[a] += step[a];
            largest = largest.max(step[a].abs());
        }
        if largest < 1e-9 {
            break;
        }
    }
    let mut weights = [0.0; N];
    let mut bias = beta[0];
    for j in 0..N {
        weights[j] = beta[j + 1] / sd[j];
        bias -= beta[j + 1] * mean[j] / sd[j];
    }
    (bias, weights)
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting; None when singular.
#[allow(clippy::needless_range_loop)]
fn solve<const M: usize>(mut a: [[f64; M]; M], mut b: [f64; M]) -> Option<[f64; M]> {
    for col in 0..M {
        let pivot = (col..M).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..M {
            let f = a[row][col] / a[col][col];
            if f == 0.0 {
                continue;
            }
            for k in col..M {
                a[row][k] -= f * a[col][k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; M];
    for row in (0..M).rev() {
        let s: f64 = (row + 1..M).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    Some(x)
}

/// A probability and what it was about, for choosing thresholds.
#[derive(Debug, Clone, Copy)]
pub struct Scored {
    pub probability: f64,
    /// The top result is right.
    pub right: bool,
    /// The question is out of scope (any answer to it is wrong).
    pub out_of_scope: bool,
}

/// Chooses the thresholds from probabilities that were not fitted on their own questions
/// (out-of-fold): `answer` is the lowest threshold at which the answers given are right at
/// least `precision` of the time (with at least `min_answered` answers), and `middle` the
/// lowest at which no more than `1 - declined` of the out-of-scope questions reach it.
/// Returns the thresholds and the precision the answer threshold reaches (the asked one, or
/// the best below it that can be had).
pub fn choose_thresholds(
    scored: &[Scored],
    precision: f64,
    declined: f64,
    min_answered: usize,
) -> (Thresholds, f64) {
    let mut by_p: Vec<Scored> = scored.to_vec();
    by_p.sort_by(|a, b| b.probability.total_cmp(&a.probability));
    let lowest_at = |precision: f64| -> Option<f64> {
        let mut answer = None;
        let mut given = 0usize;
        let mut right = 0usize;
        for (i, s) in by_p.iter().enumerate() {
            given += 1;
            right += usize::from(s.right);
            // Only between distinct probabilities: a threshold cannot split equal ones.
            let boundary = by_p
                .get(i + 1)
                .is_none_or(|next| next.probability < s.probability);
            if boundary && given >= min_answered && right as f64 >= precision * given as f64 {
                answer = Some(s.probability);
            }
        }
        answer
    };
    // When the asked precision cannot be had, the best that can (in steps of half a point,
    // down to 90%) is taken and reported in the weights file; below that nothing is answered.
    let mut reached = precision;
    let mut answer = lowest_at(precision);
    while answer.is_none() && reached > 0.9 {
        reached -= 0.005;
        answer = lowest_at(reached);
    }
    let answer = answer.unwrap_or(1.0);
    let oos: Vec<f64> = by_p
        .iter()
        .filter(|s| s.out_of_scope)
        .map(|s| s.probability)
        .collect();
    // `oos` is sorted high to low: allow the top (1 - declined) share through.
    let allowed = ((1.0 - declined) * oos.len() as f64).floor() as usize;
    let middle = oos
        .get(allowed)
        .map_or(0.0, |&p| p + 1e-6)
        .min(answer)
        .max(0.0);
    (
        Thresholds {
            answer: answer.min(1.0),
            middle,
        },
        reached,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_weights_file_parses_and_names_only_known_features() {
        let c = Calibration::parse(BUILTIN).unwrap();
        assert!(c.thresholds.middle <= c.thresholds.answer);
        assert!(c.weights.iter().any(|w| *w != 0.0));
    }

    #[test]
    fn a_weights_file_round_trips_through_its_text() {
        let c = Calibration::builtin().clone();
        let again = Calibration::parse(&c.to_toml()).unwrap();
        assert_eq!(again.thresholds, c.thresholds);
        for (a, b) in again.weights.iter().zip(c.weights) {
            assert!((a - b).abs() < 1e-3);
        }
    }

    #[test]
    fn an_unknown_feature_or_inverted_thresholds_are_refused() {
        let text = "bias = 0.0\n[thresholds]\nanswer = 0.9\nmiddle = 0.5\n[weights]\nvibes = 1.0\n";
        assert!(matches!(
            Calibration::parse(text),
            Err(CalibrationError::UnknownFeature(f)) if f == "vibes"
        ));
        let text = "bias = 0.0\n[thresholds]\nanswer = 0.4\nmiddle = 0.5\n[weights]\n";
        assert!(matches!(
            Calibration::parse(text),
            Err(CalibrationError::Thresholds)
        ));
    }

    fn example(x: f64, right: bool) -> Example {
        let mut values = [0.0; FEATURES.len()];
        values[0] = x;
        values[1] = x * x;
        Example {
            features: Features { values },
            right,
        }
    }

    #[test]
    fn fitting_recovers_a_rising_probability_from_noisy_labels() {
        // Right mostly when the first feature is high.
        let examples: Vec<Example> = (0..200)
            .map(|i| {
                let x = f64::from(i) / 200.0;
                example(x, (i * 7919 % 100) as f64 / 100.0 < x)
            })
            .collect();
        let (bias, weights) = fit(&examples, 1.0);
        let c = Calibration {
            bias,
            weights,
            thresholds: Thresholds {
                answer: 0.9,
                middle: 0.5,
            },
            provenance: Provenance::default(),
        };
        let low = c.probability(&example(0.05, false).features);
        let high = c.probability(&example(0.95, false).features);
        assert!(low < 0.25 && high > 0.75, "low {low}, high {high}");
    }

    #[test]
    fn thresholds_give_the_asked_precision_and_keep_out_of_scope_questions_out() {
        let mut scored = Vec::new();
        for i in 0..100 {
            let p = f64::from(i) / 100.0;
            // Above 0.7 all right; 0.3..0.7 half right; below wrong.
            let right = p >= 0.7 || (p >= 0.3 && i % 2 == 0);
            scored.push(Scored {
                probability: p,
                right,
                out_of_scope: false,
            });
        }
        for i in 0..20 {
            scored.push(Scored {
                probability: f64::from(i) / 100.0,
                right: false,
                out_of_scope: true,
            });
        }
        let (t, reached) = choose_thresholds(&scored, 0.97, 0.95, 10);
        assert_eq!(reached, 0.97);
        assert!((0.6..=0.7).contains(&t.answer), "{t:?}");
        // 20 out-of-scope questions at 0.00..0.19: 5% (one) may reach the middle band.
        assert!(t.middle > 0.18 && t.middle < 0.19, "{t:?}");
    }

    #[test]
    fn an_unreachable_precision_falls_back_to_the_best_reachable_one() {
        // One wrong answer in every 20: 95% is the best there is.
        let scored: Vec<Scored> = (0..100)
            .map(|i| Scored {
                probability: f64::from(i) / 100.0,
                right: i % 20 != 0,
                out_of_scope: false,
            })
            .collect();
        let (t, reached) = choose_thresholds(&scored, 0.98, 0.95, 20);
        assert!((0.95..0.98).contains(&reached), "{reached}");
        assert!(t.answer < 1.0, "{t:?}");
    }

    #[test]
    fn bands_follow_the_thresholds() {
        let c = Calibration {
            bias: 0.0,
            weights: [0.0; FEATURES.len()],
            thresholds: Thresholds {
                answer: 0.8,
                middle: 0.4,
            },
            provenance: Provenance::default(),
        };
        assert_eq!(c.band(0.85), Band::Answered);
        assert_eq!(c.band(0.8), Band::Answered);
        assert_eq!(c.band(0.5), Band::Middle);
        assert_eq!(c.band(0.1), Band::Declined);
    }
}
