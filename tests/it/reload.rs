//! Reloading the knowledge base swaps in a new index atomically; a broken change keeps the old.

use crate::common;

use std::path::Path;
use std::sync::Arc;

use export_helpdesk::answer::Answerer;
use export_helpdesk::lang::Lang;

fn entry(id: &str, title: &str, summary: &str) -> String {
    format!(
        "+++\nid = \"{id}\"\nkind = \"scheme\"\nreviewed = 2026-01-01\n\n[source]\ncite = \"FTP 2023 para 1.01\"\n\n\
         [title]\nen = \"{title}\"\n\n[summary]\nen = \"{summary}\"\n\n[keywords]\nen = [\"{id}\"]\n+++\n"
    )
}

fn write_kb(dir: &Path) {
    std::fs::create_dir_all(dir.join("entries")).unwrap();
    std::fs::create_dir_all(dir.join("hs")).unwrap();
    std::fs::write(
        dir.join("hs/hsn.csv"),
        "code,description\n09,\"COFFEE, TEA, MATE AND SPICES\"\n0902,TEA\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("entries/rodtep.md"),
        entry(
            "rodtep",
            "RoDTEP tax remission",
            "Refunds embedded taxes on exported goods.",
        ),
    )
    .unwrap();
}

#[test]
fn a_reload_swaps_in_new_knowledge_while_earlier_searches_keep_the_old() {
    let tmp = tempfile::tempdir().unwrap();
    let kb = tmp.path().join("knowledge");
    write_kb(&kb);
    let index_dir = tmp.path().join("index");
    let answerer = Answerer::open(&kb, &common::repo().join("locales"), Some(&index_dir)).unwrap();
    assert!(!answerer.ask("epcg capital goods", Lang::En).answered);

    let before: Arc<_> = answerer.engine();
    std::fs::write(
        kb.join("entries/epcg.md"),
        entry(
            "epcg",
            "EPCG capital goods scheme",
            "Zero duty import of capital goods.",
        ),
    )
    .unwrap();
    answerer.reload().unwrap();

    let a = answerer.ask("epcg capital goods", Lang::En);
    assert!(a.answered, "the new entry is found after the reload");
    assert!(a.reply.plain_text().contains("EPCG"));
    // A search that started on the old engine still works on it.
    let old = before.index.search("epcg capital goods", Lang::En);
    assert!(
        old.hits.iter().all(|h| h.confidence < 0.6),
        "the old index is unchanged"
    );
    let folders = std::fs::read_dir(&index_dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("kb-"))
        .count();
    assert_eq!(folders, 1, "the superseded index folder is removed");
}

#[test]
fn a_reload_with_errors_keeps_the_old_knowledge_and_says_where_the_error_is() {
    let tmp = tempfile::tempdir().unwrap();
    let kb = tmp.path().join("knowledge");
    write_kb(&kb);
    let answerer = Answerer::open(&kb, &common::repo().join("locales"), None).unwrap();
    std::fs::write(
        kb.join("entries/broken.md"),
        "+++\nid = \"broken\"\nkind = \n+++\n",
    )
    .unwrap();
    let err = answerer.reload().unwrap_err().to_string();
    assert!(err.contains("broken.md:3"), "{err}");
    assert!(
        answerer.ask("rodtep", Lang::En).answered,
        "the old knowledge still answers"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bot_watches_knowledge_and_tells_admins_when_a_change_has_errors() {
    use export_helpdesk::store::{Jurisdiction, Officer, Store, TelegramId};
    let tmp = tempfile::tempdir().unwrap();
    let kb = tmp.path().join("knowledge");
    write_kb(&kb);
    let answerer = Arc::new(Answerer::open(&kb, &common::repo().join("locales"), None).unwrap());
    let store = Store::connect(&format!("sqlite://{}", tmp.path().join("w.db").display()))
        .await
        .unwrap();
    store
        .add_officer(&Officer {
            telegram_id: TelegramId(9),
            name: "Admin".into(),
            jurisdiction: Jurisdiction::Admin,
        })
        .await
        .unwrap();
    let watcher = tokio::spawn(export_helpdesk::reload::watch(
        answerer.clone(),
        store.clone(),
        kb.clone(),
    ));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;

    std::fs::write(
        kb.join("entries/epcg.md"),
        entry(
            "epcg",
            "EPCG capital goods scheme",
            "Zero duty import of capital goods.",
        ),
    )
    .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !answerer.ask("epcg capital goods", Lang::En).answered {
        assert!(
            std::time::Instant::now() < deadline,
            "the change was not picked up"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    std::fs::write(
        kb.join("entries/broken.md"),
        "+++\nid = \"broken\"\nkind = \n+++\n",
    )
    .unwrap();
    while store.outbox_pending().await.unwrap() == 0 {
        assert!(std::time::Instant::now() < deadline, "admins were not told");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let due = store.due_outbox(i64::MAX / 2, 10).await.unwrap();
    assert_eq!(due[0].chat, TelegramId(9));
    assert!(due[0].html.contains("broken.md:3"), "{}", due[0].html);
    assert!(
        answerer.ask("epcg capital goods", Lang::En).answered,
        "the last good version still answers"
    );
    watcher.abort();
}
