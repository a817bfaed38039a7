//! `officer add/list/remove`: the export officers who answer tickets. A jurisdiction is read by
//! the same parser as the bot's `/invite` (`Jurisdiction::parse`).

use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;

use crate::configuration::Settings;
use crate::knowledge::KnowledgeBase;
use crate::store::{Jurisdiction, Level, Officer, Store, TelegramId};

#[derive(Debug, Subcommand)]
pub enum OfficerCommand {
    /// Register an officer (or change their jurisdiction).
    Add {
        #[arg(long)]
        telegram_id: i64,
        #[arg(long)]
        name: String,
        /// District name or PIN code (for a district officer).
        #[arg(long)]
        district: Option<String>,
        /// State (for a state nodal officer; a district officer's state is checked against it).
        #[arg(long)]
        state: Option<String>,
        /// DGFT Regional Authority id, e.g. "kanpur" (for an RA officer).
        #[arg(long)]
        ra: Option<String>,
        /// district, state, ra or admin (default: district when --district is given, else state).
        #[arg(long)]
        role: Option<String>,
    },
    /// List the registered officers.
    List,
    /// Remove an officer.
    Remove {
        #[arg(long)]
        telegram_id: i64,
    },
}

/// Runs one `officer` subcommand against the database of the settings.
pub(super) async fn run(settings: &Settings, command: OfficerCommand) -> anyhow::Result<ExitCode> {
    let store = Store::connect(&settings.database_url).await?;
    match command {
        OfficerCommand::Add {
            telegram_id,
            name,
            district,
            state,
            ra,
            role,
        } => {
            let (kb, _) = KnowledgeBase::load(&settings.knowledge_dir)?;
            let jurisdiction = officer_jurisdiction(&kb, role, district, state, ra)?;
            add(&store, TelegramId(telegram_id), name, jurisdiction).await?;
        }
        OfficerCommand::List => {
            for o in store.officers().await? {
                let area = match &o.jurisdiction {
                    Jurisdiction::District(v)
                    | Jurisdiction::State(v)
                    | Jurisdiction::RegionalAuthority(v) => v.clone(),
                    Jurisdiction::Admin => "all of India".into(),
                };
                println!(
                    "{:<14} {:<8} {:<30} {}",
                    o.telegram_id,
                    o.level(),
                    o.name,
                    area
                );
            }
        }
        OfficerCommand::Remove { telegram_id } => {
            if store.remove_officer(TelegramId(telegram_id)).await? {
                store
                    .audit(
                        None,
                        TelegramId::SYSTEM,
                        "officer removed",
                        &telegram_id.to_string(),
                    )
                    .await?;
                println!("removed {telegram_id}");
            } else {
                eprintln!("no officer {telegram_id}");
                return Ok(ExitCode::from(1));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn add(
    store: &Store,
    id: TelegramId,
    name: String,
    jurisdiction: Jurisdiction,
) -> anyhow::Result<()> {
    let o = Officer {
        telegram_id: id,
        name,
        jurisdiction,
    };
    store.add_officer(&o).await?;
    let detail = format!("{id} {}", o.level());
    store
        .audit(None, TelegramId::SYSTEM, "officer added", &detail)
        .await?;
    println!("registered {} ({id}) as {} officer", o.name, o.level());
    Ok(())
}

/// The jurisdiction `officer add` names: the level from --role (or from the flag given), the
/// place from the flag of that level, read by the same parser as `/invite`. A district
/// officer's --state, when given, must be the district's.
fn officer_jurisdiction(
    kb: &KnowledgeBase,
    role: Option<String>,
    district: Option<String>,
    state: Option<String>,
    ra: Option<String>,
) -> anyhow::Result<Jurisdiction> {
    let level = match role.as_deref() {
        Some(r) => Level::parse(r).context("--role must be district, state, ra or admin")?,
        None if district.is_some() => Level::District,
        None if ra.is_some() => Level::Ra,
        None => Level::State,
    };
    let value = match level {
        Level::District => district.as_deref(),
        Level::State => state.as_deref(),
        Level::Ra => ra.as_deref(),
        Level::Admin => None,
    };
    let jurisdiction = Jurisdiction::parse(level, value.unwrap_or_default(), kb)?;
    if let (Jurisdiction::District(key), Some(s)) = (&jurisdiction, &state) {
        let named = Jurisdiction::parse(Level::State, s, kb)?;
        anyhow::ensure!(
            named.state() == jurisdiction.state(),
            "{key} is not in {}",
            named.state().unwrap_or_default()
        );
    }
    Ok(jurisdiction)
}
