//! export-helpdesk: a Telegram helpdesk that answers Indian exporters' questions in 11
//! languages from a cited knowledge base, and hands what it cannot answer to district
//! export officers.
//!
//! The layers, top to bottom (each uses only those below it):
//! - [`cli`]: the command line (`ask`, `kb ...`, `serve`); [`startup`] wires the bot.
//! - [`bot`]: the Telegram handlers (dptree schema), over [`answer`] and [`store`].
//! - [`answer`]: question + language → [`answer::Answer`]; the one path for CLI and bot.
//! - [`store`] (sqlx: SQLite or PostgreSQL), [`search`] (tantivy, Indic analysis,
//!   confidence), [`i18n`] (Fluent),
//!   [`knowledge`] (the model, loading and validating `knowledge/`).
//! - [`lang`], [`text`] (word splitting and normalisation), [`configuration`], [`telemetry`].

pub mod answer;
pub mod bot;
pub mod cli;
pub mod configuration;
pub mod escalation;
pub mod i18n;
pub mod knowledge;
pub mod lang;
pub mod reload;
pub mod search;
pub mod startup;
pub mod store;
pub mod telemetry;
pub mod text;
