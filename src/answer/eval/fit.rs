//! Fitting the calibration on the train split: each question decided by the model (not by
//! the HS-code rule) is one example, labelled "top result right" when the search's first
//! result is an expected one (never for an out-of-scope question). Thresholds are chosen on
//! out-of-fold probabilities (k-fold cross-validation inside the train split), so they are
//! not set on the very questions the weights were fitted to; the final weights are fitted
//! on the whole train split.

use super::Graded;
use crate::search::calibration::{
    self, Calibration, Example, Provenance, Scored, Thresholds, choose_thresholds,
};

/// What the fit aims for.
#[derive(Debug, Clone, Copy)]
pub struct Targets {
    /// Share of given answers that must be right (out-of-fold on train).
    pub precision: f64,
    /// Share of out-of-scope questions that must stay below the middle band.
    pub declined: f64,
    /// L2 penalty on the standardised weights.
    pub ridge: f64,
    pub folds: usize,
    /// No answer threshold is trusted on fewer answers than this.
    pub min_answered: usize,
}

impl Default for Targets {
    fn default() -> Targets {
        Targets {
            precision: 0.98,
            declined: 0.96,
            ridge: 1.0,
            folds: 5,
            min_answered: 20,
        }
    }
}

/// A fitted model and the out-of-fold probabilities its thresholds were chosen on.
#[derive(Debug, Clone)]
pub struct Fitted {
    pub calibration: Calibration,
    /// Out-of-fold, one per example.
    pub out_of_fold: Vec<Scored>,
    pub examples: usize,
    pub positives: usize,
}

fn fold_of(id: &str, folds: usize) -> usize {
    // FNV-1a: a fixed, even spread of questions over the folds.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h % folds.max(1) as u64) as usize
}

/// Fits weights and thresholds on graded train questions.
pub fn fit(graded: &[Graded], targets: Targets, sets: Vec<String>, split: &str) -> Fitted {
    let rows: Vec<(&Graded, Example)> = graded
        .iter()
        .filter(|g| !g.by_rule)
        .map(|g| {
            (
                g,
                Example {
                    features: g.features,
                    right: g.top_right,
                },
            )
        })
        .collect();
    let folds = targets.folds.max(2);
    let mut out_of_fold = Vec::with_capacity(rows.len());
    for k in 0..folds {
        let train: Vec<Example> = rows
            .iter()
            .filter(|(g, _)| fold_of(&g.question.id, folds) != k)
            .map(|(_, e)| *e)
            .collect();
        let (bias, weights) = calibration::fit(&train, targets.ridge);
        let model = Calibration {
            bias,
            weights,
            thresholds: Thresholds {
                answer: 1.0,
                middle: 1.0,
            },
            provenance: Provenance::default(),
        };
        for (g, e) in rows
            .iter()
            .filter(|(g, _)| fold_of(&g.question.id, folds) == k)
        {
            out_of_fold.push(Scored {
                probability: model.probability(&e.features),
                right: e.right,
                out_of_scope: !g.question.expect.answered,
            });
        }
    }
    let (thresholds, reached) = choose_thresholds(
        &out_of_fold,
        targets.precision,
        targets.declined,
        targets.min_answered,
    );
    let all: Vec<Example> = rows.iter().map(|(_, e)| *e).collect();
    let (bias, weights) = calibration::fit(&all, targets.ridge);
    let positives = all.iter().filter(|e| e.right).count();
    Fitted {
        calibration: Calibration {
            bias,
            weights,
            thresholds,
            provenance: Provenance {
                sets,
                split: split.to_string(),
                questions: all.len(),
                positives,
                ridge: targets.ridge,
                target_precision: targets.precision,
                target_declined: targets.declined,
                note: format!(
                    "thresholds chosen on {folds}-fold out-of-fold probabilities of the {split} split; \
                     answer threshold for {:.1}% precision (asked {:.1}%)",
                    reached * 100.0,
                    targets.precision * 100.0
                ),
            },
        },
        out_of_fold,
        examples: all.len(),
        positives,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_spread_over_every_fold() {
        let mut seen = [0usize; 5];
        for i in 0..500 {
            seen[fold_of(&format!("q-{i}"), 5)] += 1;
        }
        assert!(seen.iter().all(|&n| n > 60), "{seen:?}");
    }
}
