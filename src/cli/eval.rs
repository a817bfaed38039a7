//! `eval fit` and `eval report`: answer quality on the labelled question set, and fitting the
//! calibrated confidence (see docs/EVAL.md).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;

use super::open_answerer;
use crate::answer::eval;
use crate::configuration::Settings;

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Fit the calibration (weights and thresholds) on one split of the labelled set and
    /// write the weights file.
    Fit {
        /// Question set files (JSON lines) or folders of them.
        #[arg(long = "set", required = true, num_args = 1..)]
        sets: Vec<PathBuf>,
        /// The split to fit on ("train", or "all" for a set without splits). Never "heldout".
        #[arg(long, default_value = "train")]
        split: String,
        /// Where to write the weights.
        #[arg(long, default_value = "src/search/calibration.toml")]
        out: PathBuf,
        /// Share of given answers that must be right, out-of-fold on the split.
        #[arg(long, default_value_t = 0.98)]
        precision: f64,
        /// Share of out-of-scope questions that must stay below the middle band.
        #[arg(long, default_value_t = 0.96)]
        declined: f64,
        /// L2 penalty on the standardised weights.
        #[arg(long, default_value_t = 1.0)]
        ridge: f64,
    },
    /// Ask every question of a split and report precision, recall, the middle band and
    /// out-of-scope declines per language, Hinglish and style (a Markdown table).
    Report {
        /// Question set files (JSON lines) or folders of them.
        #[arg(long = "set", required = true, num_args = 1..)]
        sets: Vec<PathBuf>,
        /// "heldout", "train" or "all".
        #[arg(long, default_value = "heldout")]
        split: String,
        /// Decide with this weights file instead of the built-in one.
        #[arg(long)]
        weights: Option<PathBuf>,
        /// Write the reliability diagram (SVG) here.
        #[arg(long)]
        svg: Option<PathBuf>,
        /// Also list each wrong answer, missed question and undeclined out-of-scope question.
        #[arg(long)]
        misses: bool,
    },
}

pub fn run(settings: &Settings, command: EvalCommand) -> anyhow::Result<ExitCode> {
    match command {
        EvalCommand::Fit {
            sets,
            split,
            out,
            precision,
            declined,
            ridge,
        } => {
            let targets = eval::fit::Targets {
                precision,
                declined,
                ridge,
                ..Default::default()
            };
            fit(settings, &sets, &split, &out, targets)
        }
        EvalCommand::Report {
            sets,
            split,
            weights,
            svg,
            misses,
        } => {
            let (names, questions) = read(&sets, &split)?;
            let mut answerer = open_answerer(settings)?;
            if let Some(path) = &weights {
                answerer = answerer.with_calibration(weights_file(path)?);
            }
            let graded = eval::grade(&answerer, &questions);
            println!(
                "{} questions of split {split} from {}\n",
                graded.len(),
                names.join(", ")
            );
            print!("{}", eval::table(&eval::tallies(&graded)));
            if misses {
                println!();
                for line in eval::misses(&graded) {
                    println!("{line}");
                }
            }
            if let Some(path) = svg {
                reliability_diagram(&answerer, &graded, &split, &path)?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The questions of one split ("all": every question) of the set files or folders, and the
/// files' names.
fn read(sets: &[PathBuf], split: &str) -> anyhow::Result<(Vec<String>, Vec<eval::Question>)> {
    let files = eval::expand(sets);
    let questions = eval::load(&files)?;
    let split = (split != "all").then_some(split);
    let chosen = eval::select(questions, split);
    anyhow::ensure!(
        !chosen.is_empty(),
        "no questions in split {split:?} of {files:?}"
    );
    Ok((eval::names(&files), chosen))
}

/// `eval fit`: fits on the split, writes the weights file, prints the out-of-fold precision.
fn fit(
    settings: &Settings,
    sets: &[PathBuf],
    split: &str,
    out: &Path,
    targets: eval::fit::Targets,
) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        split != "heldout",
        "fitting on the held-out split would make its figures meaningless; fit on train"
    );
    let (names, questions) = read(sets, split)?;
    let answerer = open_answerer(settings)?;
    let graded = eval::grade(&answerer, &questions);
    let fitted = eval::fit::fit(&graded, targets, names, split);
    std::fs::write(out, fitted.calibration.to_toml())
        .with_context(|| format!("cannot write {}", out.display()))?;
    let t = fitted.calibration.thresholds;
    let (right, given) = right_of_given(&fitted.out_of_fold, t.answer);
    println!(
        "fitted on {} questions of {split} ({} with the top result right); thresholds: answer >= {:.3}, middle >= {:.3}",
        fitted.examples, fitted.positives, t.answer, t.middle
    );
    println!("out-of-fold on {split}: {right}/{given} answers right at the answer threshold");
    println!("out-of-fold precision by threshold (answers given, right):");
    for t in [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99] {
        let (right, given) = right_of_given(&fitted.out_of_fold, t);
        println!("  >= {t:.2}: {right}/{given}");
    }
    println!("wrote {}", out.display());
    Ok(ExitCode::SUCCESS)
}

/// (right, given) among the scored questions at or above a threshold.
fn right_of_given(scored: &[crate::search::calibration::Scored], threshold: f64) -> (usize, usize) {
    let given: Vec<_> = scored
        .iter()
        .filter(|s| s.probability >= threshold)
        .collect();
    (given.iter().filter(|s| s.right).count(), given.len())
}

fn weights_file(path: &Path) -> anyhow::Result<crate::answer::Calibration> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    crate::answer::Calibration::parse(&text)
        .with_context(|| format!("{} is not a weights file", path.display()))
}

/// Writes the reliability diagram of the graded questions (the HS-code rule's aside).
fn reliability_diagram(
    answerer: &crate::answer::Answerer,
    graded: &[eval::Graded],
    split: &str,
    path: &Path,
) -> anyhow::Result<()> {
    let points: Vec<(f64, bool)> = graded
        .iter()
        .filter(|g| !g.by_rule)
        .map(|g| (g.probability, g.top_right))
        .collect();
    let title = format!(
        "Reliability on the {split} split ({} questions)",
        points.len()
    );
    let drawing = eval::diagram::svg(&points, answerer.calibration().thresholds, &title);
    std::fs::write(path, drawing).with_context(|| format!("cannot write {}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}
