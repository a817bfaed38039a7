//! The integration tests: one test binary (`it`), so the crate is linked once for all of them.
//! Each module is one area a user or an operator meets; `common` holds the fake Bot API,
//! `TestApp` and the per-backend databases.
//!
//! Run one area with `cargo test --test it bot::`, one test on one backend with
//! `cargo test --test it a_question_reaches_the_district_officer::on_postgres`.

// `tests/common` sits beside this folder because `benches/bot.rs` uses its fake Bot API too.
#[path = "../common/mod.rs"]
mod common;

mod access;
mod answer_buttons;
mod answers;
mod bot;
mod cli;
mod delivery;
mod escalation;
mod inbox;
mod instances;
mod locales;
mod migrations;
mod notices;
mod onboarding;
mod privacy;
mod properties;
mod reload;
mod serve;
mod store;
