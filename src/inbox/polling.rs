//! Long polling into the inbox. `getUpdates` confirms every update below the `offset` it is
//! called with, so the offset moves past a batch only after the batch is committed to the
//! database: a crash at any moment leaves each update either in the inbox or still at
//! Telegram, which sends it again (and the inbox ignores what it already has).

use std::sync::Arc;
use std::time::Duration;

use teloxide::Bot;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::*;
use tokio::sync::Notify;

use super::{Shutdown, row_of};
use crate::store::Store;

/// Seconds Telegram holds a `getUpdates` open when there is nothing (below the client's
/// timeout).
const LONG_POLL: u32 = 10;

/// Fetches updates into the inbox until `shutdown`, poking `wake` after each batch.
pub(super) async fn run(api: Bot, store: Store, wake: Arc<Notify>, shutdown: Shutdown) {
    if let Err(e) = api.delete_webhook().await {
        tracing::warn!(error = %e, "deleteWebhook failed; getUpdates may be refused");
    }
    let mut offset: Option<i32> = None;
    let mut failures = 0u32;
    while !shutdown.is_triggered() {
        let mut request = api.get_updates().timeout(LONG_POLL);
        if let Some(o) = offset {
            request = request.offset(o);
        }
        let fetched = tokio::select! {
            r = request.send() => r,
            () = shutdown.wait() => break,
        };
        let updates = match fetched {
            Ok(u) => {
                failures = 0;
                u
            }
            Err(e) => {
                failures += 1;
                let wait = Duration::from_millis(250 * 2u64.pow(failures.min(5)));
                tracing::warn!(error = %e, ?wait, "getUpdates failed; trying again");
                tokio::time::sleep(wait).await;
                continue;
            }
        };
        let Some(last) = updates.iter().map(|u| u.id.0).max() else {
            continue;
        };
        let mut rows = Vec::with_capacity(updates.len());
        for u in &updates {
            match serde_json::to_string(u) {
                Ok(body) => rows.push(row_of(u, body)),
                Err(e) => {
                    tracing::error!(error = %e, update = u.id.0, "an update does not serialise")
                }
            }
        }
        if !store_batch(&store, &rows, &shutdown).await {
            break; // not stored: not confirmed either, so Telegram keeps them
        }
        offset = Some(last as i32 + 1);
        wake.notify_one();
    }
    // Confirm what was stored, so the next start does not fetch it again (a no-op if it did).
    if let Some(o) = offset {
        let _ = api.get_updates().offset(o).limit(1).timeout(0).send().await;
    }
}

/// Writes a batch, retrying while the database is unreachable; false if stopped first.
async fn store_batch(store: &Store, rows: &[crate::store::NewUpdate], shutdown: &Shutdown) -> bool {
    loop {
        match store.receive_updates(rows).await {
            Ok(_) => return true,
            Err(e) => {
                tracing::error!(error = %e, "inbox: cannot store updates; they stay at Telegram");
                if shutdown.is_triggered() {
                    return false;
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}
