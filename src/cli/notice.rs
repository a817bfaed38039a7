//! `notice status [ID]` and `notice publish --dry-run ID`: how far each notice's broadcast
//! is (sent, pending, failed, blocked, and the time left), and whom a notice would reach,
//! per language, without sending anything. Notices themselves are published by their
//! `publish` time (see `knowledge/README.md`).

use std::collections::BTreeMap;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;

use crate::configuration::Settings;
use crate::escalation::broadcast::{audiences, next_batch};
use crate::knowledge::KnowledgeBase;
use crate::knowledge::notice::{Bulletin, Period};
use crate::lang::Lang;
use crate::store::{Store, now};

#[derive(Debug, Subcommand)]
pub enum NoticeCommand {
    /// Per notice: sent / pending / failed / blocked, and the time left.
    Status {
        /// One notice (default: all of them).
        id: Option<String>,
    },
    /// How many users a notice would reach, per language.
    Publish {
        /// Count only; send nothing (required: notices go out at their `publish` time).
        #[arg(long)]
        dry_run: bool,
        id: String,
    },
}

/// Runs one `notice` subcommand.
pub(super) async fn run(settings: &Settings, command: NoticeCommand) -> anyhow::Result<ExitCode> {
    let (kb, _) = KnowledgeBase::load(&settings.knowledge_dir)?;
    let store = Store::connect(&settings.database_url).await?;
    match command {
        NoticeCommand::Status { id } => {
            let chosen: Vec<&Bulletin> = match &id {
                Some(id) => vec![
                    kb.bulletin(id)
                        .with_context(|| format!("no notice {id:?}"))?,
                ],
                None => kb.bulletins.iter().collect(),
            };
            for b in chosen {
                status(&store, b, settings.broadcast_per_second).await?;
            }
        }
        NoticeCommand::Publish { dry_run, id } => {
            if !dry_run {
                eprintln!(
                    "a notice goes out at its `publish` time; use --dry-run to count whom it would reach"
                );
                return Ok(ExitCode::from(2));
            }
            let b = kb
                .bulletin(&id)
                .with_context(|| format!("no notice {id:?}"))?;
            dry_run_counts(&store, &kb, b).await?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// "3d 4h", "5m 10s": a duration in words.
fn span(seconds: i64) -> String {
    let s = seconds.max(0);
    match s {
        s if s >= 86_400 => format!("{}d {}h", s / 86_400, s % 86_400 / 3600),
        s if s >= 3600 => format!("{}h {}m", s / 3600, s % 3600 / 60),
        s => format!("{}m {}s", s / 60, s % 60),
    }
}

async fn status(store: &Store, b: &Bulletin, per_second: u32) -> anyhow::Result<()> {
    let t = now();
    let c = store.delivery_counts(&b.id).await?;
    let state = match b.due(t) {
        Some(p) if p == Period::once() => "due".to_string(),
        Some(p) => format!("due (period {})", p.as_str()),
        None if t < b.publish.timestamp() => {
            format!("publishes in {}", span(b.publish.timestamp() - t))
        }
        None if t >= b.expires.timestamp() => "expired".to_string(),
        None => "between windows".to_string(),
    };
    let waiting = c.pending + c.failed;
    let drain = if per_second == 0 || waiting == 0 {
        "none".to_string()
    } else {
        span(waiting / i64::from(per_second) + 1)
    };
    println!(
        "{}  {}  {state}  sent {}  pending {}  failed {}  blocked {}  to send: {drain}  expires in {}",
        b.id,
        b.kind.as_str(),
        c.sent,
        c.pending,
        c.failed,
        c.blocked,
        span(b.expires.timestamp() - t)
    );
    Ok(())
}

/// Counts the users a notice reaches, per language, reading them in batches as a broadcast
/// does (so memory stays bounded whatever the number of subscribers).
async fn dry_run_counts(store: &Store, kb: &KnowledgeBase, b: &Bulletin) -> anyhow::Result<()> {
    let period = b.due(now()).unwrap_or_else(Period::once);
    let audiences = audiences(b, kb);
    let mut per_lang: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut cursor = i64::MIN;
    loop {
        let (batch, last) = next_batch(store, &audiences, &b.id, period.as_str(), cursor).await?;
        for s in &batch {
            *per_lang
                .entry(s.lang.unwrap_or(Lang::En).code())
                .or_default() += 1;
        }
        cursor = batch.last().map_or(cursor, |s| s.id.0);
        if last || batch.is_empty() {
            break;
        }
    }
    let total: u64 = per_lang.values().sum();
    println!("{}: would reach {total} users", b.id);
    for (lang, n) in per_lang {
        let own = b.title.contains_key(&Lang::parse(lang).unwrap_or(Lang::En));
        let note = if own {
            ""
        } else {
            " (in English, with a note)"
        };
        println!("  {lang}: {n}{note}");
    }
    Ok(())
}
