//! `outbox failed` and `outbox retry ID|--all`: the messages the outbox gave up on (a user who
//! blocked the bot, a message Telegram refused, too many failed tries), and putting them back
//! in the queue. A retried row resumes from the part it had reached.

use std::process::ExitCode;

use anyhow::bail;
use clap::Subcommand;

use crate::configuration::Settings;
use crate::store::Store;

#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    /// List the messages in the `failed` state: id, recipient, ticket, why, tries.
    Failed {
        /// Print JSON lines instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Queue failed messages again (their tries counted afresh).
    Retry {
        /// The id of one failed message (from `outbox failed`).
        id: Option<i64>,
        /// Every failed message.
        #[arg(long, conflicts_with = "id")]
        all: bool,
    },
}

/// Runs one `outbox` subcommand against the database of the settings.
pub(super) async fn run(settings: &Settings, command: OutboxCommand) -> anyhow::Result<ExitCode> {
    let store = Store::connect(&settings.database_url).await?;
    match command {
        OutboxCommand::Failed { json } => {
            let rows = store.failed_outbox(10_000).await?;
            if !json {
                println!("id\trecipient\tticket\tfailure\ttries\tfailed at (UTC)\tlast error");
            }
            for r in rows {
                let ticket = r.ticket.map(|t| t.to_string()).unwrap_or_default();
                let at = chrono::DateTime::from_timestamp(r.failed_at, 0)
                    .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                    .unwrap_or_default();
                let error = r.last_error.unwrap_or_default();
                if json {
                    let line = serde_json::json!({"id": r.id, "key": r.key, "recipient": r.chat.0,
                        "ticket": r.ticket.map(|t| t.0), "failure": r.failure, "attempts": r.attempts,
                        "failed_at": r.failed_at, "last_error": error});
                    println!("{line}");
                } else {
                    let (chat, failure, tries) = (r.chat, r.failure, r.attempts);
                    println!(
                        "{}\t{chat}\t{ticket}\t{failure}\t{tries}\t{at}\t{error}",
                        r.id
                    );
                }
            }
        }
        OutboxCommand::Retry { id, all } => {
            if id.is_none() && !all {
                bail!("name a failed message's id, or --all");
            }
            let n = store.retry_failed_outbox(id).await?;
            if id.is_some() && n == 0 {
                eprintln!("no failed message with id {}", id.unwrap_or_default());
                return Ok(ExitCode::FAILURE);
            }
            println!("{n} message(s) queued again");
        }
    }
    Ok(ExitCode::SUCCESS)
}
