//! Hot reload of `knowledge/`: a change on disk (or SIGHUP) validates the knowledge base,
//! rebuilds the index in the background and swaps it in; searches in flight finish on the old
//! one. When the new version has errors the old one stays and the admins are told.

use std::sync::Arc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::answer::{AnswerError, Answerer};
use crate::escalation::Notice;
use crate::store::{IdempotencyKey, Level, Store};

/// Reloads once; on errors, queues a notice to every admin. Returns whether it reloaded.
pub async fn reload_and_report(answerer: &Arc<Answerer>, store: &Store) -> bool {
    let a = answerer.clone();
    let outcome = tokio::task::spawn_blocking(move || a.reload()).await;
    match outcome {
        Ok(Ok(_)) => {
            tracing::info!("knowledge base reloaded");
            true
        }
        Ok(Err(e)) => {
            let first = match &e {
                AnswerError::Invalid { first, .. } => first.clone(),
                other => other.to_string(),
            };
            tracing::error!(error = %e, "knowledge base not reloaded; keeping the previous version");
            let stamp = crate::store::now();
            if let Ok(admins) = store.officers_where(Level::Admin, "").await {
                for admin in admins {
                    let key = IdempotencyKey::reload_failed(stamp, admin.telegram_id);
                    let queued = Notice::new(admin.telegram_id, key, "admin-kb-reload-failed")
                        .arg("error", &first)
                        .queue(store, &answerer.i18n)
                        .await;
                    if let Err(e) = queued {
                        tracing::error!(error = %e, "could not queue the reload notice");
                    }
                }
            }
            false
        }
        Err(e) => {
            tracing::error!(error = %e, "reload task failed");
            false
        }
    }
}

/// Watches the knowledge folder; after a change and a second of quiet, reloads. Runs until
/// the task is dropped. Errors setting up the watcher are logged (SIGHUP still works).
pub async fn watch(answerer: Arc<Answerer>, store: Store, dir: std::path::PathBuf) {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut watcher = match notify::recommended_watcher(
        move |event: notify::Result<notify::Event>| {
            if let Ok(e) = event
                && !e.kind.is_access()
            {
                let _ = tx.send(());
            }
        },
    ) {
        Ok(w) => w,
        Err(e) => {
            tracing::warn!(error = %e, "cannot watch the knowledge folder; use SIGHUP to reload");
            return;
        }
    };
    if let Err(e) = watcher.watch(&dir, RecursiveMode::Recursive) {
        tracing::warn!(error = %e, path = %dir.display(), "cannot watch the knowledge folder; use SIGHUP to reload");
        return;
    }
    while rx.recv().await.is_some() {
        // Wait for a second of quiet: an editor or `git pull` writes many files.
        while let Ok(Some(())) = tokio::time::timeout(Duration::from_secs(1), rx.recv()).await {}
        reload_and_report(&answerer, &store).await;
    }
}
