//! Unit tests of the features, the weights file and the fit.

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
