//! The command line, run as a user would: `kb check`, `kb stats --json`, `ask --batch`.

use crate::common;

use std::io::Write;
use std::process::Stdio;

use common::{binary, repo};

#[test]
fn kb_check_points_at_file_and_line_of_every_problem_and_fails() {
    let index = tempfile::tempdir().unwrap();
    let out = binary(index.path())
        .env("KNOWLEDGE_DIR", repo().join("tests/fixtures/broken-kb"))
        .args(["kb", "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "errors give a non-zero exit");
    let text = String::from_utf8(out.stdout).unwrap();
    let expected = [
        "broken-kb/entries/topics/bad-toml.md:5: error: bad TOML",
        "broken-kb/entries/topics/good.md:2: error: duplicate id \"good\"",
        "broken-kb/entries/topics/duplicate.md:4: error: `related` names \"missing-entry\"",
        "broken-kb/entries/topics/many-problems.md:2: error: missing the English title",
        "broken-kb/entries/topics/many-problems.md:3: error: kind \"recipe\" is not one of",
        "broken-kb/entries/topics/many-problems.md:4: error: `reviewed` date 2999-01-01 is in the future",
        "broken-kb/entries/topics/many-problems.md:11: error: in [title]: unknown language code \"xx\"",
        "broken-kb/entries/topics/many-problems.md:14: error: summary.en has 1600 characters",
        "broken-kb/entries/topics/many-problems.md:16: error: unknown language code \"fr\"",
        "broken-kb/hs/hsn.csv:7: error: malformed HS code \"9A10\"",
        "broken-kb/glossary/spices.csv:3: error: HS code 0904 is not in hs/hsn.csv",
        "broken-kb/translations/ta.toml:1: error: no entry has the id \"no-such-entry\"",
        "broken-kb/entries/topics/duplicate.md:1: warning: \"good\" has no Hindi",
    ];
    for e in expected {
        assert!(text.contains(e), "missing {e:?} in:\n{text}");
    }
}

#[test]
fn kb_check_passes_on_the_repository_knowledge() {
    let index = tempfile::tempdir().unwrap();
    let out = binary(index.path())
        .args(["kb", "check", "--no-warnings"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn kb_stats_json_is_one_object_with_the_counts() {
    let index = tempfile::tempdir().unwrap();
    let out = binary(index.path())
        .args(["kb", "stats", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert!(v["hs_lines"].as_u64().unwrap() > 22_000);
    assert!(v["entries"].as_u64().unwrap() > 0);
    assert!(v["entries_by_kind"].is_object());
    assert!(v["entries_by_language"]["hi"].as_u64().unwrap() > 0);
}

#[test]
fn ask_batch_writes_one_json_line_per_question_in_order() {
    let index = tempfile::tempdir().unwrap();
    let mut child = binary(index.path())
        .args(["ask", "--json", "--batch", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let input = concat!(
        "{\"id\": \"a\", \"lang\": \"en\", \"q\": \"What is RoDTEP?\"}\n",
        "{\"id\": 7, \"lang\": \"hi\", \"q\": \"आज का मौसम कैसा है?\"}\n",
        "\n",
        "{\"id\": \"c\", \"lang\": \"ta\", \"q\": \"\\\"AND( title: ))\"}\n",
    );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[2]["id"], "c");
    assert_eq!(lines[0]["answered"], true);
    assert!(lines[0]["reply"].as_str().unwrap().contains("RoDTEP"));
    assert!(lines[0]["confidence"].as_f64().unwrap() > 0.0);
    let first = &lines[0]["results"][0];
    for field in ["id", "kind", "title", "score"] {
        assert!(!first[field].is_null(), "results carry {field}");
    }
    assert_eq!(lines[1]["answered"], false, "the weather is out of scope");
    assert!(common::in_script(lines[1]["reply"].as_str().unwrap(), "hi"));
    assert!(
        lines[2]["reply"].as_str().is_some(),
        "query syntax gives a reply, not an error"
    );
}

#[test]
fn ask_prints_the_reply_a_user_would_get() {
    let index = tempfile::tempdir().unwrap();
    let out = binary(index.path())
        .args(["ask", "--lang", "hi", "rodtep kya hai"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("RoDTEP"), "{text}");
    assert!(common::in_script(&text, "hi"), "{text}");
}

#[test]
fn kb_build_saves_an_index_that_the_next_run_reuses() {
    let index = tempfile::tempdir().unwrap();
    let first = binary(index.path()).args(["kb", "build"]).output().unwrap();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let dirs = || -> Vec<String> {
        std::fs::read_dir(index.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().to_string())
            .collect()
    };
    let before = dirs();
    assert_eq!(before.len(), 1, "one index folder: {before:?}");
    let meta = index
        .path()
        .join(&before[0])
        .join("entries")
        .join("meta.json");
    let stamp = std::fs::metadata(&meta).unwrap().modified().unwrap();
    let second = binary(index.path()).args(["kb", "build"]).output().unwrap();
    assert!(second.status.success());
    assert_eq!(dirs(), before);
    assert_eq!(
        std::fs::metadata(&meta).unwrap().modified().unwrap(),
        stamp,
        "not rebuilt"
    );
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

#[tokio::test]
async fn kb_gaps_groups_ticket_questions_and_kb_draft_writes_an_unreviewed_entry() {
    use export_helpdesk::lang::Lang;
    use export_helpdesk::store::{Author, Store, TelegramId};
    let tmp = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", tmp.path().join("h.db").display());
    let store = Store::connect(&url).await.unwrap();
    let mut tickets = Vec::new();
    for (user, q) in [
        (1, "Can I send brass lamps by post?"),
        (2, "brass lamps by post office"),
        (3, "cardamom auction dates"),
    ] {
        let user = TelegramId(user);
        store.touch_user(user, None).await.unwrap();
        let qid = store
            .log_question(user, Lang::En, q, false, 0.1, None)
            .await
            .unwrap();
        let t = store
            .open_ticket(user, qid, "UTTAR PRADESH/MORADABAD")
            .await
            .unwrap();
        store
            .add_ticket_message(t, Author::User, user, q)
            .await
            .unwrap();
        tickets.push(t);
    }
    store
        .add_ticket_message(
            tickets[0],
            Author::Officer,
            TelegramId(99),
            "Yes, through a Dak Ghar Niryat Kendra.",
        )
        .await
        .unwrap();

    let out = binary(tmp.path())
        .env("DATABASE_URL", &url)
        .args(["kb", "gaps"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.lines().next().unwrap();
    assert!(
        first.trim_start().starts_with('2') && first.contains("brass lamps"),
        "{text}"
    );

    let kb = tmp.path().join("knowledge");
    copy_dir(&repo().join("knowledge"), &kb);
    let out = binary(tmp.path())
        .env("DATABASE_URL", &url)
        .env("KNOWLEDGE_DIR", &kb)
        .args(["kb", "draft", "--ticket", &tickets[0].to_string()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let draft =
        std::fs::read_to_string(kb.join(format!("drafts/ticket-{}.md", tickets[0]))).unwrap();
    assert!(
        draft.contains("unreviewed") && draft.contains("Dak Ghar Niryat Kendra"),
        "{draft}"
    );
    let check = binary(tmp.path())
        .env("KNOWLEDGE_DIR", &kb)
        .args(["kb", "check", "--no-warnings"])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "a draft does not break the knowledge base"
    );
}
