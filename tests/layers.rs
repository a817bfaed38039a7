//! The layers of `src/`, top to bottom, as docs/ARCHITECTURE.md draws them: a module uses
//! only modules of the layers below it (the edge of the binary may use its own layer too).
//! This test reads every `crate::<module>` path in `src/` and fails on one that points up.

use std::collections::BTreeSet;
use std::path::Path;

/// Top to bottom; keep in step with the table in docs/ARCHITECTURE.md.
const LAYERS: &[&[&str]] = &[
    &[
        "main",
        "cli",
        "startup",
        "reload",
        "configuration",
        "telemetry",
    ],
    &["inbox"],
    &["bot"],
    &["escalation"],
    &["answer"],
    &["telegram"],
    &["store", "search", "i18n"],
    &["knowledge"],
    &["lang", "text"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top-level module a file of `src/` belongs to ("bot" for src/bot/out.rs).
fn module_of(relative: &Path) -> String {
    let first = relative.components().next().unwrap();
    let name = first.as_os_str().to_string_lossy();
    name.trim_end_matches(".rs").to_string()
}

/// Every `crate::name` in code (comments skipped).
fn crate_paths(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or_default();
        for (i, _) in code.match_indices("crate::") {
            let rest = &code[i + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

/// "from → to" for every use of a module that is not below `from` (its own module aside).
fn violations(uses: &[(String, BTreeSet<String>)]) -> Vec<String> {
    let mut out = Vec::new();
    for (from, targets) in uses {
        let Some(a) = layer(from) else {
            out.push(format!("{from} is in no layer"));
            continue;
        };
        for to in targets.iter().filter(|t| *t != from) {
            match layer(to) {
                Some(b) if b > a || (b == a && a == 0) => {}
                Some(_) => out.push(format!("{from} → {to}")),
                None => out.push(format!("{from} → {to} (in no layer)")),
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_module_uses_a_module_of_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let uses: Vec<(String, BTreeSet<String>)> = files
        .iter()
        .filter(|p| !p.ends_with("lib.rs"))
        .map(|p| {
            let module = module_of(p.strip_prefix(&src).unwrap());
            (module, crate_paths(&std::fs::read_to_string(p).unwrap()))
        })
        .collect();
    assert!(uses.len() > 30, "read the sources: {}", uses.len());
    let bad = violations(&uses);
    assert!(
        bad.is_empty(),
        "imports against the layers:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_check_catches_an_import_upwards_and_a_module_in_no_layer() {
    let uses = vec![
        (
            "store".to_string(),
            crate_paths("use crate::lang::Lang;\nlet b = crate::bot::schema(); // crate::cli"),
        ),
        (
            "escalation".to_string(),
            crate_paths("use crate::store::Store;"),
        ),
        ("newcomer".to_string(), BTreeSet::new()),
        ("i18n".to_string(), crate_paths("use crate::search::x;")),
    ];
    assert_eq!(
        violations(&uses),
        ["store → bot", "newcomer is in no layer", "i18n → search"]
    );
}
