//! Retention (DPDP Act 2023, data kept no longer than needed): once a day, question texts and
//! closed tickets older than `retention_days` are deleted (`Store::purge_before`). `serve`
//! runs [`run`]; tests call [`tick`] with a clock of their own. Several instances may run it:
//! deleting what is already gone does nothing.

use crate::store::personal::Purged;
use crate::store::{Store, StoreError};

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// Deletes what is older than `days` days at `now` (Unix seconds).
pub async fn tick(store: &Store, days: u32, now: i64) -> Result<Purged, StoreError> {
    store.purge_before(now - i64::from(days) * DAY).await
}

/// Runs [`tick`] at start and then once a day with the real clock, until the task is dropped.
pub async fn run(store: Store, days: u32) {
    loop {
        match tick(&store, days, crate::store::now()).await {
            Ok(p) if p != Purged::default() => tracing::info!(
                questions = p.questions,
                tickets = p.tickets,
                days,
                "retention: old questions and closed tickets deleted"
            ),
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "retention run failed"),
        }
        tokio::time::sleep(std::time::Duration::from_secs(DAY as u64)).await;
    }
}
