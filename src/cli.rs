//! The command line: `ask`, `eval fit|report`, `kb check|build|stats`, `serve` and `officer`.
//! Each subcommand is a thin front end over the library, in a file of its own under `cli/`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::answer::Answerer;
use crate::configuration::Settings;
use crate::lang::Lang;

mod ask;
mod eval;
mod kb;
mod notice;
mod officer;
mod outbox;
pub use ask::JsonAnswer;
pub use eval::EvalCommand;
pub use kb::KbCommand;
pub use officer::OfficerCommand;
pub use outbox::OutboxCommand;

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
    /// List the messages the outbox gave up on, and queue them again.
    Outbox {
        #[command(subcommand)]
        command: OutboxCommand,
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
                Some(file) => ask::ask_batch(&answerer, &file, lang),
                None if question.is_empty() => ask::ask_interactive(&answerer, lang, json),
                None => {
                    let q = question.join(" ");
                    let a = answerer.ask(&q, lang);
                    if explain {
                        ask::explain_answer(&answerer, &q, &a);
                    }
                    println!(
                        "{}",
                        if json {
                            serde_json::to_string(&JsonAnswer::new(None, &a))?
                        } else {
                            ask::human(&answerer, &a)
                        }
                    );
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
        Command::Outbox { command } => {
            tokio::runtime::Runtime::new()?.block_on(outbox::run(&settings, command))
        }
        Command::Kb { command } => kb::run(&settings, command),
        Command::Eval { command } => eval::run(&settings, command),
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
                return ask::ask_interactive(&answerer, settings.default_language, false);
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
