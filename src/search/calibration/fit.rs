//! Fitting the model offline: logistic regression by Newton's method with an L2 penalty, and
//! the thresholds chosen for a measured precision. Used by `eval fit`, never at answer time.

use super::{FEATURES, Features, Thresholds, sigmoid};

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
