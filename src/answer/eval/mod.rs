//! Measuring answer quality on a labelled question set (`tests/eval/*.jsonl`): which band
//! each question gets, whether the answer is the expected entry, per language and style;
//! fitting the calibration on the train split ([`fit`]) and drawing its reliability
//! diagram ([`diagram`]). `export-helpdesk eval fit|report` is the front end; see
//! `docs/EVAL.md`.
//!
//! A question line: `{"id", "lang", "q", "expect": {"answered": bool, "ids": [...]}, "style",
//! "split": "train"|"heldout"}`; an in-scope question no entry answers carries `gap` and is
//! left out of the scores. Expected ids are entry ids, `district:STATE/DISTRICT`, or
//! `hs:<digits>` (any code or glossary product under those digits).

pub mod diagram;
pub mod fit;

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::PathBuf;

use serde::Deserialize;

use super::{Answerer, Band};
use crate::knowledge::KnowledgeBase;
use crate::lang::Lang;
use crate::search::calibration::Features;

/// Errors reading a question set.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Line {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// What a question expects.
#[derive(Debug, Clone, Deserialize)]
pub struct Expect {
    pub answered: bool,
    #[serde(default)]
    pub ids: Vec<String>,
}

/// One labelled question.
#[derive(Debug, Clone, Deserialize)]
pub struct Question {
    pub id: String,
    pub lang: String,
    pub q: String,
    pub expect: Expect,
    #[serde(default)]
    pub style: Option<String>,
    #[serde(default)]
    pub split: Option<String>,
    /// In scope, but no entry answers it yet: not scored.
    #[serde(default)]
    pub gap: Option<serde_json::Value>,
}

impl Question {
    /// The language the question is asked with (the user's setting).
    pub fn setting(&self) -> Lang {
        Lang::parse(&self.lang).unwrap_or(Lang::Hi)
    }

    /// Hindi written in Latin letters (Hinglish).
    pub fn hinglish(&self) -> bool {
        self.setting() == Lang::Hi
            && !self
                .q
                .chars()
                .any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
    }
}

/// Reads question sets, one JSON object a line; a bad line is an error naming file:line.
pub fn load(paths: &[PathBuf]) -> Result<Vec<Question>, EvalError> {
    let mut out = Vec::new();
    for path in paths {
        let io = |source| EvalError::Io {
            path: path.clone(),
            source,
        };
        let file = std::fs::File::open(path).map_err(io)?;
        for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(io)?;
            if line.trim().is_empty() {
                continue;
            }
            let q: Question = serde_json::from_str(&line).map_err(|e| EvalError::Line {
                path: path.clone(),
                line: n + 1,
                message: e.to_string(),
            })?;
            if Lang::parse(&q.lang).is_err() {
                return Err(EvalError::Line {
                    path: path.clone(),
                    line: n + 1,
                    message: format!("unknown language {:?}", q.lang),
                });
            }
            out.push(q);
        }
    }
    Ok(out)
}

/// The scored questions of one split (all when `split` is None): gaps left out.
pub fn select(questions: Vec<Question>, split: Option<&str>) -> Vec<Question> {
    questions
        .into_iter()
        .filter(|q| q.gap.is_none())
        .filter(|q| split.is_none_or(|s| q.split.as_deref() == Some(s)))
        .collect()
}

/// Whether a result id is one a question expects: the same id, or for `hs:<digits>` an HS
/// code or glossary product under those digits.
pub fn matches(kb: &KnowledgeBase, result: &str, expected: &str) -> bool {
    if result == expected {
        return true;
    }
    let Some(prefix) = expected.strip_prefix("hs:") else {
        return false;
    };
    if result.chars().all(|c| c.is_ascii_digit()) {
        return result.starts_with(prefix);
    }
    result
        .strip_prefix("product:")
        .and_then(|p| kb.product(p))
        .is_some_and(|p| p.hs.iter().any(|c| c.as_str().starts_with(prefix)))
}

fn expected(kb: &KnowledgeBase, q: &Question, result: Option<&str>) -> bool {
    q.expect.answered && result.is_some_and(|r| q.expect.ids.iter().any(|e| matches(kb, r, e)))
}

/// What one question got.
#[derive(Debug, Clone)]
pub struct Graded {
    pub question: Question,
    pub band: Band,
    /// The calibrated probability (1 for a rule).
    pub probability: f64,
    pub features: Features,
    /// Decided by the HS-code rule, not by the model.
    pub by_rule: bool,
    /// The search's top result is an expected one (the label the model is fitted on).
    pub top_right: bool,
    /// Answered with an expected result.
    pub answered_right: bool,
    /// Middle band: an offered result is an expected one.
    pub offered_right: bool,
    /// The reply is in the question's script (for questions in an Indian script).
    pub in_script: Option<bool>,
    pub answered_id: Option<String>,
    pub top_id: Option<String>,
}

/// Asks every question and grades the answer.
pub fn grade(answerer: &Answerer, questions: &[Question]) -> Vec<Graded> {
    let engine = answerer.engine();
    let kb = &engine.kb;
    questions
        .iter()
        .map(|q| {
            let setting = q.setting();
            let a = answerer.ask(&q.q, setting);
            let examined = answerer.examine(&q.q, a.lang);
            let top_id = a.results.first().map(|r| r.id.clone());
            let top_for_label = if examined.by_rule {
                a.id.clone()
            } else {
                top_id.clone()
            };
            let asked_script = super::language::reply_language(&q.q, Lang::En);
            let in_script = (asked_script != Lang::En).then(|| {
                let text = a.reply.plain_text();
                text.chars().any(|c| same_script(c, asked_script))
            });
            Graded {
                band: a.band,
                probability: f64::from(a.confidence),
                features: examined.features,
                by_rule: examined.by_rule,
                top_right: expected(kb, q, top_for_label.as_deref()),
                answered_right: a.band == Band::Answered && expected(kb, q, a.id.as_deref()),
                offered_right: a.band == Band::Middle
                    && a.candidates
                        .iter()
                        .any(|c| expected(kb, q, Some(c.id.as_str()))),
                in_script,
                answered_id: a.id,
                top_id,
                question: q.clone(),
            }
        })
        .collect()
}

fn same_script(c: char, lang: Lang) -> bool {
    let block = match lang {
        Lang::Hi | Lang::Mr => 0x0900,
        Lang::Bn => 0x0980,
        Lang::Pa => 0x0A00,
        Lang::Gu => 0x0A80,
        Lang::Or => 0x0B00,
        Lang::Ta => 0x0B80,
        Lang::Te => 0x0C00,
        Lang::Kn => 0x0C80,
        Lang::Ml => 0x0D00,
        Lang::En => return c.is_ascii_alphabetic(),
    };
    (block..block + 0x80).contains(&(c as u32))
}

/// The counts behind one row of the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub questions: usize,
    pub in_scope: usize,
    pub out_of_scope: usize,
    /// Answers given (in scope or not).
    pub answered: usize,
    pub answered_right: usize,
    pub middle: usize,
    pub middle_offered_right: usize,
    pub oos_declined: usize,
    pub in_script: usize,
    pub script_questions: usize,
}

impl Tally {
    pub fn add(&mut self, g: &Graded) {
        self.questions += 1;
        if g.question.expect.answered {
            self.in_scope += 1;
        } else {
            self.out_of_scope += 1;
            self.oos_declined += usize::from(g.band == Band::Declined);
        }
        self.answered += usize::from(g.band == Band::Answered);
        self.answered_right += usize::from(g.answered_right);
        self.middle += usize::from(g.band == Band::Middle);
        self.middle_offered_right += usize::from(g.offered_right);
        if let Some(ok) = g.in_script {
            self.script_questions += 1;
            self.in_script += usize::from(ok);
        }
    }

    /// Share of given answers that are right.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.answered_right, self.answered)
    }

    /// Share of in-scope questions answered right.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.answered_right, self.in_scope)
    }

    pub fn oos_declined_share(&self) -> Option<f64> {
        ratio(self.oos_declined, self.out_of_scope)
    }

    pub fn middle_share(&self) -> Option<f64> {
        ratio(self.middle, self.questions)
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// Rows of the report: all, each language, Hinglish, each style.
pub fn tallies(graded: &[Graded]) -> Vec<(String, Tally)> {
    let mut all = Tally::default();
    let mut by_lang: BTreeMap<usize, (String, Tally)> = BTreeMap::new();
    let mut hinglish = Tally::default();
    let mut by_style: BTreeMap<String, Tally> = BTreeMap::new();
    for g in graded {
        all.add(g);
        let lang = g.question.setting();
        let slot = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        by_lang
            .entry(slot)
            .or_insert_with(|| (lang.code().to_string(), Tally::default()))
            .1
            .add(g);
        if g.question.hinglish() {
            hinglish.add(g);
        }
        if let Some(style) = &g.question.style {
            by_style.entry(style.clone()).or_default().add(g);
        }
    }
    let mut rows = vec![("all".to_string(), all)];
    rows.extend(by_lang.into_values());
    if hinglish.questions > 0 {
        rows.push(("hinglish".into(), hinglish));
    }
    rows.extend(by_style.into_iter().map(|(s, t)| (format!("style:{s}"), t)));
    rows
}

fn pct(x: Option<f64>) -> String {
    x.map_or("-".into(), |v| format!("{:.1}%", v * 100.0))
}

/// The report as a Markdown table.
pub fn table(rows: &[(String, Tally)]) -> String {
    let mut s = String::from(
        "| set | questions | in scope | answered right | precision | recall | middle band | middle offer right | out of scope | declined | reply in script |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for (name, t) in rows {
        s.push_str(&format!(
            "| {name} | {} | {} | {}/{} | {} | {} | {} ({}) | {}/{} | {} | {} | {}/{} |\n",
            t.questions,
            t.in_scope,
            t.answered_right,
            t.answered,
            pct(t.precision()),
            pct(t.recall()),
            t.middle,
            pct(t.middle_share()),
            t.middle_offered_right,
            t.middle,
            t.out_of_scope,
            pct(t.oos_declined_share()),
            t.in_script,
            t.script_questions,
        ));
    }
    s
}

/// Lines naming each wrong answer and each missed question, for reading (not tuning on
/// held-out questions).
pub fn misses(graded: &[Graded]) -> Vec<String> {
    graded
        .iter()
        .filter(|g| {
            let wrong = g.band == Band::Answered && !g.answered_right;
            let missed = g.question.expect.answered && !g.answered_right;
            let oos = !g.question.expect.answered && g.band != Band::Declined;
            wrong || missed || oos
        })
        .map(|g| {
            let what = match (g.band, g.question.expect.answered, g.answered_right) {
                (Band::Answered, _, false) => "WRONG",
                (_, false, _) => "OOS-NOT-DECLINED",
                _ => "MISSED",
            };
            format!(
                "{what} {} [{}] p={:.2} {} top={} answered={} expected={:?}: {}",
                g.question.id,
                g.question.lang,
                g.probability,
                g.band.as_str(),
                g.top_id.as_deref().unwrap_or("-"),
                g.answered_id.as_deref().unwrap_or("-"),
                g.question.expect.ids,
                g.question.q.chars().take(100).collect::<String>()
            )
        })
        .collect()
}

/// Paths given as `--set`, with shell-style `*` already expanded by the shell; a folder
/// means every `.jsonl` file in it.
pub fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(p)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|x| x.extension().is_some_and(|e| e == "jsonl"))
                .collect();
            inner.sort();
            out.extend(inner);
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// Shown in reports: the files of a set, relative when under the current folder.
pub fn names(paths: &[PathBuf]) -> Vec<String> {
    let here = std::env::current_dir().unwrap_or_default();
    paths
        .iter()
        .map(|p| {
            p.strip_prefix(&here)
                .unwrap_or(p)
                .to_string_lossy()
                .to_string()
        })
        .collect()
}
