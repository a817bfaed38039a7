//! export-helpdesk: a Telegram helpdesk that answers Indian exporters' questions in 11
//! languages from a cited knowledge base, and hands what it cannot answer to district
//! export officers.
//!
//! The layers, top to bottom (each uses only those below it; `tests/layers.rs` checks):
//! - the edge of the binary: [`cli`], [`startup`] (wires the bot), [`reload`],
//!   [`configuration`], [`telemetry`];
//! - [`inbox`]: updates written to the database before Telegram is told, handled from there;
//! - [`bot`]: the dptree schema and small handlers;
//! - [`escalation`]: tickets, routing, jurisdictions, notices, the outbox worker, the SLA;
//! - [`answer`]: question + language → [`answer::Answer`]; the one path for CLI and bot;
//! - [`telegram`]: Telegram's HTML as text (escaping, splitting; used by `answer`), the
//!   transport trait, sending with Telegram's refusals handled, button data, keyboards;
//! - [`store`] (sqlx: SQLite or PostgreSQL), [`search`] (tantivy, Indic analysis,
//!   confidence), [`i18n`] (Fluent);
//! - [`knowledge`] (the model, loading and validating `knowledge/`);
//! - [`lang`], [`text`] (word splitting and normalisation).

pub mod answer;
pub mod bot;
pub mod cli;
pub mod configuration;
pub mod escalation;
pub mod i18n;
pub mod inbox;
pub mod knowledge;
pub mod lang;
pub mod reload;
pub mod search;
pub mod startup;
pub mod store;
pub mod telegram;
pub mod telemetry;
pub mod text;
