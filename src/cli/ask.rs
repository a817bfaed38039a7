//! `ask`: one question, a batch of JSON lines, or the local chat on the terminal, printing
//! exactly what the bot would reply.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::answer::{Answer, Answerer, Band, Offer, ResultRef};
use crate::lang::Lang;

/// One line of `ask --json` output.
#[derive(Debug, Serialize)]
pub struct JsonAnswer {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    pub answered: bool,
    /// "answered", "middle" or "declined".
    pub band: Band,
    pub confidence: f32,
    /// The first message.
    pub reply: String,
    /// What the "More" button sends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub more: Option<String>,
    /// The result answered with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_id: Option<String>,
    /// Middle band: "I think you mean" offers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Offer>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub see_also: Vec<Offer>,
    /// The reply's language, and whether it differs from the asker's setting.
    pub lang: String,
    pub lang_differs: bool,
    pub results: Vec<ResultRef>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub did_you_mean: Vec<String>,
}

impl JsonAnswer {
    pub fn new(id: Option<serde_json::Value>, a: &Answer) -> JsonAnswer {
        JsonAnswer {
            id,
            answered: a.answered,
            band: a.band,
            confidence: (a.confidence * 1000.0).round() / 1000.0,
            reply: a.reply.plain_text(),
            more: a.more.as_ref().map(|m| m.plain_text()),
            answer_id: a.id.clone(),
            candidates: a.candidates.clone(),
            see_also: a.see_also.clone(),
            lang: a.lang.code().to_string(),
            lang_differs: a.lang_differs,
            results: a.results.clone(),
            did_you_mean: a.suggestions.iter().map(|(_, t)| t.clone()).collect(),
        }
    }
}

#[derive(Deserialize)]
struct BatchQuestion {
    id: serde_json::Value,
    lang: Option<String>,
    q: String,
}

pub fn ask_batch(answerer: &Answerer, file: &str, default: Lang) -> anyhow::Result<ExitCode> {
    let input: Box<dyn BufRead> = if file == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(file).with_context(|| format!("cannot open {file}"))?,
        ))
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let value = match serde_json::from_str::<BatchQuestion>(&line) {
            Ok(q) => match q.lang.as_deref().map(Lang::parse).transpose() {
                Ok(lang) => serde_json::to_value(JsonAnswer::new(
                    Some(q.id),
                    &answerer.ask(&q.q, lang.unwrap_or(default)),
                ))?,
                Err(e) => serde_json::json!({"id": q.id, "error": e.to_string()}),
            },
            Err(e) => serde_json::json!({"id": null, "error": format!("not a question line: {e}")}),
        };
        serde_json::to_writer(&mut out, &value)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// What the bot sends for an answer, as text: the first message, its buttons in brackets,
/// and what the "More" button would send.
pub fn human(answerer: &Answerer, a: &Answer) -> String {
    let i18n = &answerer.i18n;
    let lang = a.lang;
    let mut s = a.reply.plain_text();
    let row = |offers: &mut dyn Iterator<Item = &str>| -> String {
        offers
            .map(|t| format!("[{t}]"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut buttons: Vec<String> = Vec::new();
    if a.band == Band::Middle && !a.candidates.is_empty() {
        buttons.push(row(&mut a.candidates.iter().map(|c| c.title.as_str())));
    }
    if a.more.is_some() {
        buttons.push(format!("[{}]", i18n.get(lang, "answer-more")));
    }
    if !a.see_also.is_empty() {
        buttons.push(format!(
            "{} {}",
            i18n.get(lang, "answer-see-also-heading"),
            row(&mut a.see_also.iter().map(|c| c.title.as_str()))
        ));
    }
    if a.band == Band::Answered && !a.suggestions.is_empty() {
        buttons.push(format!(
            "{} {}",
            i18n.get(lang, "did-you-mean"),
            row(&mut a.suggestions.iter().map(|(_, t)| t.as_str()))
        ));
    }
    buttons.push(format!("[{}]", i18n.get(lang, "button-officer")));
    if a.lang_differs {
        let args = crate::i18n::args(&[("language", lang.native_name())]);
        buttons.push(format!(
            "[{}]",
            i18n.message(lang, "answer-switch-language", &args)
        ));
    }
    for b in buttons {
        s.push_str("\n→ ");
        s.push_str(&b);
    }
    if let Some(more) = &a.more {
        s.push_str(&format!(
            "\n\n── {} ──\n{}",
            i18n.get(lang, "answer-more"),
            more.plain_text()
        ));
    }
    s
}

/// `ask --explain`: how the question was read, the top results, the features and the
/// decision, on stderr.
pub fn explain_answer(answerer: &Answerer, q: &str, a: &Answer) {
    for line in answerer.engine().index.explain(q) {
        eprintln!("  {line}");
    }
    for r in a.results.iter().take(5) {
        eprintln!("  result {:<40} {:<10} score {:.3}", r.id, r.kind, r.score);
    }
    let examined = answerer.examine(q, a.lang);
    let features: Vec<String> = examined
        .features
        .named()
        .map(|(n, v)| format!("{n}={v:.2}"))
        .collect();
    eprintln!("  features {}", features.join(" "));
    let t = answerer.calibration().thresholds;
    eprintln!(
        "  p(top right) {:.3} (answer >= {:.2}, middle >= {:.2}){}: {}",
        a.confidence,
        t.answer,
        t.middle,
        if examined.by_rule {
            ", by the HS-code rule"
        } else {
            ""
        },
        a.band.as_str()
    );
}

pub fn ask_interactive(
    answerer: &Answerer,
    mut lang: Lang,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let tty = std::io::stdin().is_terminal();
    if tty {
        eprintln!("export-helpdesk local chat. Ask a question about exporting from India.");
        eprintln!("Type /lang hi (or ta, bn, ...) to switch language, /quit to leave.\n");
    }
    let stdin = std::io::stdin();
    loop {
        if tty {
            eprint!("[{lang}] > ");
            std::io::stderr().flush()?;
        }
        let mut line = String::new();
        if stdin.lock().read_line(&mut line)? == 0 {
            break;
        }
        let q = line.trim();
        if q == "/quit" || q == "/exit" {
            break;
        }
        if let Some(code) = q.strip_prefix("/lang") {
            match Lang::parse(code.trim()) {
                Ok(l) => lang = l,
                Err(e) => eprintln!("{e}"),
            }
            continue;
        }
        let a = answerer.ask(q, lang);
        if json {
            println!("{}", serde_json::to_string(&JsonAnswer::new(None, &a))?);
        } else {
            println!("{}\n", human(answerer, &a));
        }
    }
    Ok(ExitCode::SUCCESS)
}
