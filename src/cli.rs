//! The command line: `ask`, `eval fit|report`, `kb check|build|stats`, `serve` and `officer`.
//! Each subcommand is a thin front end over the library.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};
use serde::{Deserialize, Serialize};

use crate::answer::{Answer, Answerer, Band, Engine, Offer, ResultRef};
use crate::configuration::Settings;
use crate::knowledge::KnowledgeBase;
use crate::knowledge::stats::Stats;
use crate::lang::Lang;

mod notice;
mod officer;
use crate::store::Author;
pub use officer::OfficerCommand;

#[derive(Debug, Parser)]
#[command(
    name = "export-helpdesk",
    version,
    about = "Answers Indian exporters' questions in 11 languages"
)]
pub struct Cli {
    /// Settings file (default: ./export-helpdesk.toml when present).
    #[arg(long, global = true, env = "EXPORT_HELPDESK_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ask a question and print exactly what the bot would reply. With no question, a local
    /// chat on the terminal.
    Ask {
        /// Language of the question and reply: en, hi, bn, ta, te, mr, gu, kn, ml, pa, or.
        #[arg(long)]
        lang: Option<String>,
        /// Print JSON: {"answered", "confidence", "reply", "results"}.
        #[arg(long)]
        json: bool,
        /// Also print how the question was read (words dropped, repaired, weights) and the
        /// top results with their confidence, on stderr.
        #[arg(long)]
        explain: bool,
        /// Read JSON lines {"id", "lang", "q"} from FILE ("-" for standard input) and write
        /// one JSON line per question, in order.
        #[arg(long, value_name = "FILE")]
        batch: Option<String>,
        /// The question.
        question: Vec<String>,
    },
    /// Run the Telegram bot (long polling, or a webhook with --webhook). With no token
    /// (TELOXIDE_TOKEN), a local chat on the terminal instead, to try the answers.
    Serve {
        /// Receive updates on this public HTTPS URL instead of long polling.
        #[arg(long)]
        webhook: Option<url::Url>,
        /// Address the webhook server listens on.
        #[arg(long, default_value = "0.0.0.0:8443")]
        listen: std::net::SocketAddr,
        /// Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token with every update
        /// (required with --webhook).
        #[arg(long, env = "WEBHOOK_SECRET", hide_env_values = true)]
        secret_token: Option<String>,
    },
    /// Notices: broadcast status, and whom one would reach.
    Notice {
        #[command(subcommand)]
        command: notice::NoticeCommand,
    },
    /// Manage the export officers who answer tickets.
    Officer {
        #[command(subcommand)]
        command: OfficerCommand,
    },
    /// Check, build or count the knowledge base.
    Kb {
        #[command(subcommand)]
        command: KbCommand,
    },
    /// Measure answer quality on a labelled question set, and fit the calibrated confidence.
    Eval {
        #[command(subcommand)]
        command: EvalCommand,
    },
}

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

#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// Validate knowledge/: every problem as file:line: message; exit 1 on any error.
    Check {
        /// Show errors only.
        #[arg(long)]
        no_warnings: bool,
    },
    /// Build the search index into the index folder (reused when the knowledge is unchanged).
    Build,
    /// The questions that ended in tickets, grouped by similarity and counted: what the
    /// knowledge base lacks.
    Gaps {
        /// Only tickets opened on or after this date (YYYY-MM-DD).
        #[arg(long)]
        since: Option<chrono::NaiveDate>,
    },
    /// Write a knowledge entry draft from a ticket's question and the officer's answer to
    /// knowledge/drafts/ (not loaded by the bot), for an editor to finish.
    Draft {
        #[arg(long)]
        ticket: i64,
    },
    /// Count entries per kind and language, HS lines, glossary products, districts.
    Stats {
        /// One JSON object.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let settings = Settings::load(cli.config.as_deref())?;
    match cli.command {
        Command::Ask {
            lang,
            json,
            batch,
            question,
            explain,
        } => {
            let lang = match lang {
                Some(l) => Lang::parse(&l)?,
                None => settings.default_language,
            };
            let answerer = open_answerer(&settings)?;
            match batch {
                Some(file) => ask_batch(&answerer, &file, lang),
                None if question.is_empty() => ask_interactive(&answerer, lang, json),
                None => {
                    let q = question.join(" ");
                    let a = answerer.ask(&q, lang);
                    if explain {
                        explain_answer(&answerer, &q, &a);
                    }
                    println!(
                        "{}",
                        if json {
                            serde_json::to_string(&JsonAnswer::new(None, &a))?
                        } else {
                            human(&answerer, &a)
                        }
                    );
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
        Command::Kb { command } => kb(&settings, command),
        Command::Eval { command } => eval(&settings, command),
        Command::Notice { command } => {
            tokio::runtime::Runtime::new()?.block_on(notice::run(&settings, command))
        }
        Command::Officer { command } => {
            tokio::runtime::Runtime::new()?.block_on(officer::run(&settings, command))
        }
        Command::Serve {
            webhook,
            listen,
            secret_token,
        } => {
            if settings.telegram_token.is_none() {
                eprintln!(
                    "No bot token (TELOXIDE_TOKEN): starting the local demo chat instead of the Telegram bot.\n"
                );
                let answerer = open_answerer(&settings)?;
                return ask_interactive(&answerer, settings.default_language, false);
            }
            let mode = match webhook {
                None => crate::startup::Mode::Polling,
                Some(url) => crate::startup::Mode::Webhook {
                    url,
                    listen,
                    secret: secret_token
                        .context("--webhook needs --secret-token (or WEBHOOK_SECRET)")?,
                },
            };
            let runtime = tokio::runtime::Runtime::new()?;
            runtime.block_on(crate::startup::serve(settings, mode))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn open_answerer(settings: &Settings) -> anyhow::Result<Answerer> {
    Answerer::open(
        &settings.knowledge_dir,
        &settings.locales_dir,
        Some(&settings.index_dir),
    )
    .with_context(|| {
        format!(
            "cannot load the knowledge base from {}",
            settings.knowledge_dir.display()
        )
    })
}

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

fn ask_batch(answerer: &Answerer, file: &str, default: Lang) -> anyhow::Result<ExitCode> {
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
fn human(answerer: &Answerer, a: &Answer) -> String {
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
fn explain_answer(answerer: &Answerer, q: &str, a: &Answer) {
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

fn ask_interactive(answerer: &Answerer, mut lang: Lang, json: bool) -> anyhow::Result<ExitCode> {
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

fn eval(settings: &Settings, command: EvalCommand) -> anyhow::Result<ExitCode> {
    use crate::answer::eval;
    let read =
        |sets: &[PathBuf], split: &str| -> anyhow::Result<(Vec<String>, Vec<eval::Question>)> {
            let files = eval::expand(sets);
            let questions = eval::load(&files)?;
            let split = (split != "all").then_some(split);
            let chosen = eval::select(questions, split);
            anyhow::ensure!(
                !chosen.is_empty(),
                "no questions in split {split:?} of {files:?}"
            );
            Ok((eval::names(&files), chosen))
        };
    match command {
        EvalCommand::Fit {
            sets,
            split,
            out,
            precision,
            declined,
            ridge,
        } => {
            anyhow::ensure!(
                split != "heldout",
                "fitting on the held-out split would make its figures meaningless; fit on train"
            );
            let (names, questions) = read(&sets, &split)?;
            let answerer = open_answerer(settings)?;
            let graded = eval::grade(&answerer, &questions);
            let targets = eval::fit::Targets {
                precision,
                declined,
                ridge,
                ..Default::default()
            };
            let fitted = eval::fit::fit(&graded, targets, names, &split);
            std::fs::write(&out, fitted.calibration.to_toml())
                .with_context(|| format!("cannot write {}", out.display()))?;
            let t = fitted.calibration.thresholds;
            let given: Vec<_> = fitted
                .out_of_fold
                .iter()
                .filter(|s| s.probability >= t.answer)
                .collect();
            let right = given.iter().filter(|s| s.right).count();
            println!(
                "fitted on {} questions of {split} ({} with the top result right); thresholds: answer >= {:.3}, middle >= {:.3}",
                fitted.examples, fitted.positives, t.answer, t.middle
            );
            println!(
                "out-of-fold on {split}: {right}/{} answers right at the answer threshold",
                given.len()
            );
            println!("out-of-fold precision by threshold (answers given, right):");
            for t in [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99] {
                let given: Vec<_> = fitted
                    .out_of_fold
                    .iter()
                    .filter(|s| s.probability >= t)
                    .collect();
                let right = given.iter().filter(|s| s.right).count();
                println!("  >= {t:.2}: {right}/{}", given.len());
            }
            println!("wrote {}", out.display());
            Ok(ExitCode::SUCCESS)
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
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                answerer =
                    answerer
                        .with_calibration(crate::answer::Calibration::parse(&text).with_context(
                            || format!("{} is not a weights file", path.display()),
                        )?);
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
                let points: Vec<(f64, bool)> = graded
                    .iter()
                    .filter(|g| !g.by_rule)
                    .map(|g| (g.probability, g.top_right))
                    .collect();
                let title = format!(
                    "Reliability on the {split} split ({} questions)",
                    points.len()
                );
                let drawing =
                    eval::diagram::svg(&points, answerer.calibration().thresholds, &title);
                std::fs::write(&path, drawing)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                eprintln!("wrote {}", path.display());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn kb(settings: &Settings, command: KbCommand) -> anyhow::Result<ExitCode> {
    match command {
        KbCommand::Check { no_warnings } => {
            let (kb, diags) = KnowledgeBase::load(&settings.knowledge_dir)?;
            let mut problems = diags.0.clone();
            problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
            for d in problems
                .iter()
                .filter(|d| !no_warnings || d.severity == crate::knowledge::Severity::Error)
            {
                println!("{d}");
            }
            let errors = diags.errors().count();
            let warnings = diags.warnings().count();
            eprintln!(
                "{} entries, {} HS lines, {} products, {} districts: {errors} error(s), {warnings} warning(s)",
                kb.entries.len(),
                kb.hs.len(),
                kb.products.len(),
                kb.districts.len()
            );
            Ok(if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        KbCommand::Build => {
            let started = Instant::now();
            let (engine, _) = Engine::load(&settings.knowledge_dir, Some(&settings.index_dir))?;
            println!(
                "index ready in {:.2} s: {} documents, {} distinct words, at {}",
                started.elapsed().as_secs_f64(),
                engine.index.num_docs(),
                engine.index.vocabulary_size(),
                engine
                    .index
                    .path
                    .as_ref()
                    .map_or("memory".into(), |p| p.display().to_string())
            );
            Ok(ExitCode::SUCCESS)
        }
        KbCommand::Gaps { since } => tokio::runtime::Runtime::new()?.block_on(async {
            let (kb, _) = KnowledgeBase::load(&settings.knowledge_dir)?;
            let store = crate::store::Store::connect(&settings.database_url).await?;
            let since = since
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map_or(0, |t| t.and_utc().timestamp());
            let questions = store.ticket_questions(since).await?;
            let gaps = crate::escalation::gaps::group(&questions, &kb.lexicon);
            for g in &gaps {
                let ids: Vec<String> = g.tickets.iter().map(|t| format!("#{t}")).collect();
                println!(
                    "{:>4}  {}  ({})",
                    g.count,
                    g.example.replace('\n', " "),
                    ids.join(" ")
                );
            }
            eprintln!("{} tickets in {} groups", questions.len(), gaps.len());
            Ok(ExitCode::SUCCESS)
        }),
        KbCommand::Draft { ticket } => tokio::runtime::Runtime::new()?.block_on(async {
            let (kb, _) = KnowledgeBase::load(&settings.knowledge_dir)?;
            let store = crate::store::Store::connect(&settings.database_url).await?;
            let ticket = crate::store::TicketId(ticket);
            let thread = store.ticket_messages(ticket).await?;
            let Some(question) = thread.iter().find(|m| m.author == Author::User) else {
                anyhow::bail!("no ticket #{ticket}");
            };
            let answers: Vec<String> = thread
                .iter()
                .filter(|m| m.author == Author::Officer)
                .map(|m| m.text.clone())
                .collect();
            let text = crate::escalation::gaps::draft(
                ticket,
                &question.text,
                &answers,
                chrono::Local::now().date_naive(),
                &kb.lexicon,
            );
            let dir = settings.knowledge_dir.join("drafts");
            std::fs::create_dir_all(&dir)?;
            let path = dir.join(format!("ticket-{ticket}.md"));
            std::fs::write(&path, text)?;
            println!("{}", path.display());
            Ok(ExitCode::SUCCESS)
        }),
        KbCommand::Stats { json } => {
            let (kb, _) = KnowledgeBase::load(&settings.knowledge_dir)?;
            let stats = Stats::of(&kb);
            if json {
                println!("{}", serde_json::to_string(&stats)?);
            } else {
                print!("{}", stats.render());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
