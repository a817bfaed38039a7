//! The reliability diagram of the calibration, as a small hand-written SVG: questions
//! binned by predicted probability; per bin the observed share whose top result was right,
//! against the diagonal of perfect calibration, with the answer and middle thresholds and
//! a histogram of how many questions fall in each bin.

use crate::search::calibration::Thresholds;

/// One bin of the diagram.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Bin {
    pub count: usize,
    pub right: usize,
    /// Sum of predicted probabilities (for their mean).
    pub predicted: f64,
}

impl Bin {
    pub fn observed(&self) -> Option<f64> {
        (self.count > 0).then(|| self.right as f64 / self.count as f64)
    }
    pub fn mean_predicted(&self) -> Option<f64> {
        (self.count > 0).then(|| self.predicted / self.count as f64)
    }
}

/// Bins (probability, right) pairs into `n` equal-width bins.
pub fn bins(points: &[(f64, bool)], n: usize) -> Vec<Bin> {
    let n = n.max(1);
    let mut out = vec![Bin::default(); n];
    for &(p, right) in points {
        let i = ((p.clamp(0.0, 1.0) * n as f64) as usize).min(n - 1);
        out[i].count += 1;
        out[i].right += usize::from(right);
        out[i].predicted += p;
    }
    out
}

/// Expected calibration error: the count-weighted mean gap between predicted and observed.
pub fn calibration_error(bins: &[Bin]) -> f64 {
    let total: usize = bins.iter().map(|b| b.count).sum();
    if total == 0 {
        return 0.0;
    }
    bins.iter()
        .filter_map(|b| Some(b.count as f64 * (b.mean_predicted()? - b.observed()?).abs()))
        .sum::<f64>()
        / total as f64
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The diagram as an SVG document.
pub fn svg(points: &[(f64, bool)], thresholds: Thresholds, title: &str) -> String {
    const W: f64 = 560.0;
    const H: f64 = 620.0;
    const X0: f64 = 70.0;
    const Y0: f64 = 50.0;
    const S: f64 = 420.0;
    const HIST_TOP: f64 = Y0 + S + 40.0;
    const HIST_H: f64 = 70.0;
    let bins = bins(points, 10);
    let x = |p: f64| X0 + p * S;
    let y = |p: f64| Y0 + (1.0 - p) * S;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" font-family=\"sans-serif\" font-size=\"12\">\n\
         <rect width=\"{W}\" height=\"{H}\" fill=\"white\"/>\n\
         <text x=\"{}\" y=\"24\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">{}</text>\n",
        W / 2.0,
        esc(title)
    );
    // Grid and axis labels.
    for i in 0..=5 {
        let v = f64::from(i) / 5.0;
        s.push_str(&format!(
            "<line x1=\"{:.1}\" y1=\"{Y0}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#e5e5e5\"/>\n\
             <line x1=\"{X0}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#e5e5e5\"/>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{v:.1}</text>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{v:.1}</text>\n",
            x(v),
            x(v),
            Y0 + S,
            y(v),
            X0 + S,
            y(v),
            x(v),
            Y0 + S + 16.0,
            X0 - 6.0,
            y(v) + 4.0
        ));
    }
    s.push_str(&format!(
        "<rect x=\"{X0}\" y=\"{Y0}\" width=\"{S}\" height=\"{S}\" fill=\"none\" stroke=\"#333\"/>\n\
         <line x1=\"{X0}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{Y0}\" stroke=\"#999\" stroke-dasharray=\"5,4\"/>\n\
         <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">predicted probability that the top result is right</text>\n\
         <text transform=\"translate(18 {:.1}) rotate(-90)\" text-anchor=\"middle\">observed share right</text>\n",
        Y0 + S,
        X0 + S,
        X0 + S / 2.0,
        Y0 + S + 32.0,
        Y0 + S / 2.0
    ));
    // Observed share per bin as bars.
    let width = S / bins.len() as f64;
    for (i, b) in bins.iter().enumerate() {
        let Some(obs) = b.observed() else { continue };
        let left = X0 + i as f64 * width;
        s.push_str(&format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#4c78a8\" fill-opacity=\"0.35\" stroke=\"#4c78a8\"/>\n",
            left + 2.0,
            y(obs),
            width - 4.0,
            obs * S
        ));
    }
    // Mean predicted vs observed, joined.
    let dots: Vec<(f64, f64)> = bins
        .iter()
        .filter_map(|b| Some((x(b.mean_predicted()?), y(b.observed()?))))
        .collect();
    if dots.len() > 1 {
        let path: Vec<String> = dots.iter().map(|(a, b)| format!("{a:.1},{b:.1}")).collect();
        s.push_str(&format!(
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#1f3b73\" stroke-width=\"2\"/>\n",
            path.join(" ")
        ));
    }
    for (a, b) in &dots {
        s.push_str(&format!(
            "<circle cx=\"{a:.1}\" cy=\"{b:.1}\" r=\"4\" fill=\"#1f3b73\"/>\n"
        ));
    }
    // Thresholds.
    for (t, colour, label) in [
        (thresholds.answer, "#2ca02c", "answer"),
        (thresholds.middle, "#ff7f0e", "middle"),
    ] {
        s.push_str(&format!(
            "<line x1=\"{:.1}\" y1=\"{Y0}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"6,3\"/>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" fill=\"{colour}\" text-anchor=\"end\">{label} ≥ {t:.2}</text>\n",
            x(t),
            x(t),
            HIST_TOP + HIST_H,
            x(t) - 4.0,
            if label == "answer" { Y0 + 14.0 } else { Y0 + 30.0 }
        ));
    }
    // Histogram of counts.
    let most = bins.iter().map(|b| b.count).max().unwrap_or(0).max(1) as f64;
    for (i, b) in bins.iter().enumerate() {
        let h = b.count as f64 / most * HIST_H;
        let left = X0 + i as f64 * width;
        s.push_str(&format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"#bbb\"/>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"10\">{}</text>\n",
            left + 2.0,
            HIST_TOP + HIST_H - h,
            width - 4.0,
            left + width / 2.0,
            HIST_TOP + HIST_H - h - 3.0,
            b.count
        ));
    }
    s.push_str(&format!(
        "<text x=\"{X0}\" y=\"{:.1}\" font-size=\"11\">questions per bin ({} in all; expected calibration error {:.3})</text>\n</svg>\n",
        HIST_TOP + HIST_H + 18.0,
        points.len(),
        calibration_error(&bins)
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_fall_in_their_bins_and_a_perfect_model_has_no_error() {
        let points: Vec<(f64, bool)> = (0..100)
            .map(|i| (0.05 + f64::from(i / 10) / 10.0, i % 10 < i / 10))
            .collect();
        let b = bins(&points, 10);
        assert!(b.iter().all(|x| x.count == 10));
        assert!(calibration_error(&b) < 0.051, "{}", calibration_error(&b));
    }

    #[test]
    fn the_diagram_is_an_svg_with_the_thresholds_and_counts() {
        let svg = svg(
            &[(0.9, true), (0.2, false), (0.5, true)],
            Thresholds {
                answer: 0.8,
                middle: 0.3,
            },
            "held-out <set>",
        );
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("answer ≥ 0.80") && svg.contains("middle ≥ 0.30"));
        assert!(svg.contains("held-out &lt;set&gt;"));
        assert!(svg.contains("3 in all"));
    }
}
