//! The command line: `ask`, `kb check|build|stats` (and, from the bot issues on, `serve` and
//! `officer`). Each subcommand is a thin front end over the library.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};
use serde::{Deserialize, Serialize};

use crate::answer::{Answer, Answerer, Engine, ResultRef};
use crate::configuration::Settings;
use crate::knowledge::KnowledgeBase;
use crate::knowledge::stats::Stats;
use crate::lang::Lang;

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
                        for line in answerer.engine().index.explain(&q) {
                            eprintln!("  {line}");
                        }
                        for r in a.results.iter().take(5) {
                            eprintln!("  result {:<40} {:<10} score {:.3}", r.id, r.kind, r.score);
                        }
                        eprintln!("  confidence {:.3}, answered {}", a.confidence, a.answered);
                    }
                    println!(
                        "{}",
                        if json {
                            serde_json::to_string(&JsonAnswer::new(None, &a))?
                        } else {
                            human(&a)
                        }
                    );
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
        Command::Kb { command } => kb(&settings, command),
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
    pub confidence: f32,
    pub reply: String,
    pub results: Vec<ResultRef>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub did_you_mean: Vec<String>,
}

impl JsonAnswer {
    pub fn new(id: Option<serde_json::Value>, a: &Answer) -> JsonAnswer {
        JsonAnswer {
            id,
            answered: a.answered,
            confidence: (a.confidence * 1000.0).round() / 1000.0,
            reply: a.reply.plain_text(),
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

fn human(a: &Answer) -> String {
    let mut s = a.reply.plain_text();
    if !a.suggestions.is_empty() {
        s.push_str("\n\n→ ");
        s.push_str(
            &a.suggestions
                .iter()
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join(" | "),
        );
    }
    s
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
            println!("{}\n", human(&a));
        }
    }
    Ok(ExitCode::SUCCESS)
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
