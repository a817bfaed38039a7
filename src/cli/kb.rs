//! `kb check|build|gaps|draft|stats`: the content editors' tools.

use std::process::ExitCode;
use std::time::Instant;

use clap::Subcommand;

use crate::answer::Engine;
use crate::configuration::Settings;
use crate::knowledge::KnowledgeBase;
use crate::knowledge::stats::Stats;
use crate::store::Author;

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

pub fn run(settings: &Settings, command: KbCommand) -> anyhow::Result<ExitCode> {
    match command {
        KbCommand::Check { no_warnings } => check(settings, no_warnings),
        KbCommand::Build => build(settings),
        KbCommand::Gaps { since } => {
            tokio::runtime::Runtime::new()?.block_on(gaps(settings, since))
        }
        KbCommand::Draft { ticket } => {
            tokio::runtime::Runtime::new()?.block_on(draft(settings, ticket))
        }
        KbCommand::Stats { json } => stats(settings, json),
    }
}

/// `kb check`: every problem as file:line, errors first by file; exit 1 on any error.
fn check(settings: &Settings, no_warnings: bool) -> anyhow::Result<ExitCode> {
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

/// `kb build`: the search index into the index folder.
fn build(settings: &Settings) -> anyhow::Result<ExitCode> {
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

/// `kb gaps`: ticket questions grouped by likeness, most asked first.
async fn gaps(settings: &Settings, since: Option<chrono::NaiveDate>) -> anyhow::Result<ExitCode> {
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
}

/// `kb draft`: an entry draft from a ticket's question and the officers' answers.
async fn draft(settings: &Settings, ticket: i64) -> anyhow::Result<ExitCode> {
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
}

/// `kb stats`: counts per kind and language.
fn stats(settings: &Settings, json: bool) -> anyhow::Result<ExitCode> {
    let (kb, _) = KnowledgeBase::load(&settings.knowledge_dir)?;
    let stats = Stats::of(&kb);
    if json {
        println!("{}", serde_json::to_string(&stats)?);
    } else {
        print!("{}", stats.render());
    }
    Ok(ExitCode::SUCCESS)
}
