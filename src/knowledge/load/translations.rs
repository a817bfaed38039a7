//! `translations/<lang>.toml`: one table per entry id with that language's title, summary,
//! body, keywords and questions, merged into the entries; and the warnings about entries that
//! lack a language.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use toml::Spanned;

use super::Loader;
use super::rules::{self, Finding};
use crate::knowledge::{Entry, KnowledgeError};
use crate::lang::Lang;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    title: Option<String>,
    summary: Option<String>,
    body: Option<String>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    questions: Vec<String>,
}

impl Loader {
    pub(super) fn load_translations(&mut self) -> Result<(), KnowledgeError> {
        let index: HashMap<String, usize> = (self.kb.entries.iter().enumerate())
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        for rel in self.files.list("translations", "toml")? {
            let shown = self.files.shown(&rel);
            let stem = rel.file_stem().map(|s| s.to_string_lossy().to_string());
            let lang = match Lang::parse(stem.as_deref().unwrap_or_default()) {
                Ok(l) => l,
                Err(e) => {
                    let msg = format!("a translation file is named <language code>.toml: {e}");
                    self.diags.error(&shown, 1, msg);
                    continue;
                }
            };
            let Some(text) = self.files.read(&rel, &mut self.diags)? else {
                continue;
            };
            let line_at = |offset: usize| 1 + text[..offset.min(text.len())].matches('\n').count();
            let tables: BTreeMap<Spanned<String>, Spanned<RawTranslation>> =
                match toml::from_str(&text) {
                    Ok(t) => t,
                    Err(e) => {
                        let line = e.span().map_or(1, |s| line_at(s.start));
                        let msg = format!("bad TOML: {}", e.message());
                        self.diags.error(&shown, line, msg);
                        continue;
                    }
                };
            for (id, tr) in tables {
                let line = line_at(id.span().start);
                match index.get(id.get_ref()) {
                    Some(&i) => {
                        let entry = &mut self.kb.entries[i];
                        for finding in merge(entry, lang, tr.into_inner()) {
                            finding.report(&mut self.diags, &shown, line);
                        }
                    }
                    None => {
                        let msg = format!("no entry has the id {:?}", id.get_ref());
                        self.diags.error(&shown, line, msg);
                    }
                }
            }
        }
        Ok(())
    }

    pub(super) fn warn_missing_translations(&mut self) {
        for e in &self.kb.entries {
            let shown = self.files.shown(&e.file);
            for message in missing_languages(e) {
                self.diags.warning(&shown, 1, message);
            }
        }
    }
}

/// Merges one translation table into its entry; what it cannot take (a text the entry file
/// already has, a summary over the limit, a bad question) comes back as findings.
fn merge(entry: &mut Entry, lang: Lang, tr: RawTranslation) -> Vec<Finding> {
    let mut findings = Vec::new();
    let id = entry.id.clone();
    for (what, value, map) in [
        ("title", tr.title, &mut entry.title),
        ("summary", tr.summary, &mut entry.summary),
        ("body", tr.body, &mut entry.body),
    ] {
        let Some(value) = value
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
        else {
            continue;
        };
        let too_long = (what == "summary")
            .then(|| rules::summary_length(lang.code(), &value))
            .flatten();
        match (map.entry(lang), too_long) {
            (std::collections::btree_map::Entry::Occupied(_), _) => {
                findings.push(Finding::Error(format!(
                    "{what} of {id:?} in {lang} is also in the entry's own file; keep it in one place"
                )))
            }
            (std::collections::btree_map::Entry::Vacant(_), Some(too_long)) => {
                findings.push(too_long)
            }
            (std::collections::btree_map::Entry::Vacant(slot), None) => {
                slot.insert(value);
            }
        }
    }
    entry.keywords.entry(lang).or_default().extend(tr.keywords);
    let questions = entry.questions.entry(lang).or_default();
    for q in tr
        .questions
        .iter()
        .map(|q| q.trim())
        .filter(|q| !q.is_empty())
    {
        match rules::question(lang.code(), q) {
            Some(finding) => findings.push(finding),
            None => questions.push(q.to_string()),
        }
    }
    findings
}

/// The warnings about an entry's languages: no Hindi, or a title without a summary (or the
/// reverse) in some language.
fn missing_languages(e: &Entry) -> Vec<String> {
    let mut out = Vec::new();
    if !(e.title.contains_key(&Lang::Hi) && e.summary.contains_key(&Lang::Hi)) {
        out.push(format!("{:?} has no Hindi title and summary", e.id));
    }
    let partial: Vec<&str> = Lang::ALL
        .iter()
        .filter(|l| e.title.contains_key(l) != e.summary.contains_key(l))
        .map(|l| l.code())
        .collect();
    if !partial.is_empty() {
        out.push(format!(
            "{:?} has a title without a summary (or the reverse) in: {}",
            e.id,
            partial.join(", ")
        ));
    }
    out
}
