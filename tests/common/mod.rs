//! Helpers shared by the integration tests (`tests/it`); `telegram.rs` also by `benches/bot.rs`.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use export_helpdesk::answer::Answerer;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// An answerer over the real `knowledge/` and `locales/`, built once per test binary
/// (index in memory).
pub fn answerer() -> &'static Answerer {
    shared_answerer()
}

/// The same answerer, shared (the bot's context holds an `Arc`).
pub fn shared_answerer() -> &'static std::sync::Arc<Answerer> {
    static ANSWERER: OnceLock<std::sync::Arc<Answerer>> = OnceLock::new();
    ANSWERER.get_or_init(|| {
        std::sync::Arc::new(
            Answerer::open(&repo().join("knowledge"), &repo().join("locales"), None)
                .expect("the repository's knowledge base loads without errors"),
        )
    })
}

/// An answerer over a copy of the repository's `knowledge/` with the test notices of
/// `tests/fixtures/notices/` added to its `notices/`, built once per test binary. Returns
/// the answerer and the copy's folder.
pub fn notices_answerer() -> &'static (std::sync::Arc<Answerer>, PathBuf) {
    static ANSWERER: OnceLock<(std::sync::Arc<Answerer>, PathBuf)> = OnceLock::new();
    ANSWERER.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        let knowledge = dir.join("knowledge");
        copy_dir(&repo().join("knowledge"), &knowledge);
        let notices = knowledge.join("notices");
        std::fs::create_dir_all(&notices).unwrap();
        for f in std::fs::read_dir(repo().join("tests/fixtures/notices")).unwrap() {
            let f = f.unwrap().path();
            std::fs::copy(&f, notices.join(f.file_name().unwrap())).unwrap();
        }
        let answerer = Answerer::open(&knowledge, &repo().join("locales"), None)
            .expect("the knowledge base with the test notices loads without errors");
        (std::sync::Arc::new(answerer), knowledge)
    })
}

/// Copies a folder recursively.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for item in std::fs::read_dir(from).unwrap() {
        let item = item.unwrap();
        let target = to.join(item.file_name());
        if item.file_type().unwrap().is_dir() {
            copy_dir(&item.path(), &target);
        } else {
            std::fs::copy(item.path(), target).unwrap();
        }
    }
}

/// The `export-helpdesk` binary, run from the repository root with its index in a fresh
/// temporary folder.
pub fn binary(index_dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_export-helpdesk"));
    cmd.current_dir(repo())
        .env("INDEX_DIR", index_dir)
        .env("KNOWLEDGE_DIR", repo().join("knowledge"))
        .env("LOCALES_DIR", repo().join("locales"))
        .env_remove("EXPORT_HELPDESK_CONFIG")
        .env("RUST_LOG", "warn");
    cmd
}

/// Whether `text` has a character of the script `lang` is written in.
pub fn in_script(text: &str, lang: &str) -> bool {
    let (lo, hi) = match lang {
        "hi" | "mr" => (0x0900, 0x097F),
        "bn" => (0x0980, 0x09FF),
        "pa" => (0x0A00, 0x0A7F),
        "gu" => (0x0A80, 0x0AFF),
        "or" => (0x0B00, 0x0B7F),
        "ta" => (0x0B80, 0x0BFF),
        "te" => (0x0C00, 0x0C7F),
        "kn" => (0x0C80, 0x0CFF),
        "ml" => (0x0D00, 0x0D7F),
        _ => return text.is_ascii() || text.chars().any(|c| c.is_ascii_alphabetic()),
    };
    text.chars().any(|c| (lo..=hi).contains(&(c as u32)))
}

/// The ticket number in a message: the digits after its first `#` that has any
/// ("ticket #12.", "#12 ...").
pub fn ticket_number(text: &str) -> export_helpdesk::store::TicketId {
    text.split('#')
        .skip(1)
        .find_map(|after| {
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .map(export_helpdesk::store::TicketId)
        .unwrap_or_else(|| panic!("no ticket number in {text:?}"))
}

/// A Telegram id no other test uses (PostgreSQL is shared between runs).
pub fn unique_id() -> i64 {
    use std::sync::atomic::{AtomicI64, Ordering};
    static NEXT: AtomicI64 = AtomicI64::new(0);
    let base = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_micros() as i64
        % 1_000_000_000_000;
    base * 100 + NEXT.fetch_add(1, Ordering::Relaxed) % 100
}

pub mod app;
pub mod backend;
pub mod process;
pub mod telegram;
