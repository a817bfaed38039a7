//! Reading `knowledge/` from disk into a [`KnowledgeBase`], checking it as it goes.
//!
//! Every problem becomes a [`Diagnostic`](crate::knowledge::Diagnostic) with the file and
//! line it is on; loading goes on past problems so that an editor sees all of them at once.
//!
//! - `files`: walking the folder, the fingerprint of what was read, CSV tables.
//! - `tables`: the lexicon, HS lines, export policy, the glossary.
//! - `places`: Regional Authorities, districts, their products, PIN codes.
//! - `entry`: one entry file → the entry and its diagnostics (pure).
//! - `translations`: `translations/<lang>.toml` merged into the entries.
//! - `notices`: `notices/*.md`, checked against the districts and HS lines.
//! - `rules`: each validation rule, written once, with its tests.

mod entry;
mod files;
mod notices;
mod places;
mod rules;
mod tables;
mod translations;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::KnowledgeError;
use super::diag::Diagnostics;
use super::model::{Entry, KnowledgeBase};
use entry::RelatedRef;
use files::{Files, Table};

impl KnowledgeBase {
    /// Loads and checks the knowledge folder, judging `reviewed` dates against today.
    pub fn load(dir: &Path) -> Result<(KnowledgeBase, Diagnostics), KnowledgeError> {
        Self::load_as_of(dir, chrono::Local::now().date_naive())
    }

    /// Like [`KnowledgeBase::load`], with "today" given (for tests).
    pub fn load_as_of(
        dir: &Path,
        today: NaiveDate,
    ) -> Result<(KnowledgeBase, Diagnostics), KnowledgeError> {
        if !dir.is_dir() {
            return Err(KnowledgeError::NotFound(dir.to_path_buf()));
        }
        let mut loader = Loader {
            files: Files::new(dir),
            diags: Diagnostics::default(),
            kb: KnowledgeBase::default(),
            today,
        };
        loader.load_all()?;
        loader.kb.fingerprint = loader.files.fingerprint();
        Ok((loader.kb, loader.diags))
    }
}

/// What is being loaded, and what was found wrong so far. Its methods are spread over the
/// submodules, one per kind of file.
struct Loader {
    files: Files,
    diags: Diagnostics,
    kb: KnowledgeBase,
    today: NaiveDate,
}

impl Loader {
    /// Tables first (entries name HS codes and districts), then entries and translations,
    /// then the checks across entries.
    fn load_all(&mut self) -> Result<(), KnowledgeError> {
        self.load_lexicon()?;
        self.load_hs()?;
        self.load_policies()?;
        self.load_glossary()?;
        self.load_regional_authorities()?;
        self.load_districts()?;
        self.load_products()?;
        self.load_pincodes()?;
        let related = self.load_entries()?;
        self.load_translations()?;
        self.load_notices()?;
        self.check_related(&related);
        self.check_shared_questions();
        self.warn_missing_translations();
        Ok(())
    }

    /// Reads a CSV table relative to the root (see [`Files::table`]).
    fn table(
        &mut self,
        rel: impl AsRef<Path>,
        header: &[&str],
    ) -> Result<Option<Table>, KnowledgeError> {
        self.files.table(rel.as_ref(), header, &mut self.diags)
    }

    /// A date cell (`YYYY-MM-DD`) of a table, checked like an entry's `reviewed`.
    fn date(&mut self, shown: &Path, line: usize, text: &str) -> Option<NaiveDate> {
        let Ok(date) = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") else {
            let msg = format!("{:?} is not a date (YYYY-MM-DD)", text.trim());
            self.diags.error(shown, line, msg);
            return None;
        };
        match rules::reviewed_date(date, self.today) {
            Some(finding) if finding.is_error() => {
                finding.report(&mut self.diags, shown, line);
                None
            }
            Some(finding) => {
                finding.report(&mut self.diags, shown, line);
                Some(date)
            }
            None => Some(date),
        }
    }

    fn load_entries(&mut self) -> Result<Vec<RelatedRef>, KnowledgeError> {
        let mut related = Vec::new();
        let mut seen: HashMap<String, PathBuf> = HashMap::new();
        for rel in self.files.list("entries", "md")? {
            let Some(text) = self.files.read(&rel, &mut self.diags)? else {
                continue;
            };
            let shown = self.files.shown(&rel);
            let parsed = entry::parse_entry(&shown, &text, self.today);
            self.diags.0.extend(parsed.diagnostics.0);
            let Some(entry) = parsed.entry else {
                continue;
            };
            if let Some(first) = seen.get(&entry.id) {
                let msg = format!(
                    "duplicate id {:?}: also used by {}",
                    entry.id,
                    first.display()
                );
                self.diags.error(&shown, parsed.id_line, msg);
                continue;
            }
            seen.insert(entry.id.clone(), shown);
            related.extend(parsed.related);
            self.kb.entries.push(Entry { file: rel, ..entry });
        }
        Ok(related)
    }

    /// Every `related` id names an entry.
    fn check_related(&mut self, related: &[RelatedRef]) {
        let ids: HashSet<&str> = self.kb.entries.iter().map(|e| e.id.as_str()).collect();
        for r in related {
            if !ids.contains(r.id.as_str()) {
                let msg = format!("`related` names {:?}, which is no entry's id", r.id);
                self.diags.error(&r.file, r.line, msg);
            }
        }
    }

    /// The same question paraphrase under two entries would send its askers to either: a
    /// warning on the second.
    fn check_shared_questions(&mut self) {
        let mut first: HashMap<Vec<String>, &str> = HashMap::new();
        for e in &self.kb.entries {
            for q in e.questions.values().flatten() {
                let key = crate::text::words(q);
                match first.get(&key) {
                    Some(other) if *other != e.id => {
                        let msg = format!("{:?} asks the same question as {other:?}: {q:?}", e.id);
                        self.diags.warning(self.files.shown(&e.file), 1, msg);
                    }
                    Some(_) => {}
                    None => {
                        first.insert(key, &e.id);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn entry(id: &str, question: &str) -> String {
        format!(
            "+++\nid = \"{id}\"\nkind = \"faq\"\nreviewed = 2026-11-20\n\n[source]\ncite = \"HBP 2023 para 2.07\"\n\n\
             [title]\nen = \"{id}\"\nhi = \"{id}\"\n\n[summary]\nen = \"About {id}.\"\nhi = \"{id} के बारे में।\"\n\n\
             [questions]\nen = [\"{question}\"]\n+++\n"
        )
    }

    fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (rel, text) in files {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    fn load(dir: &tempfile::TempDir) -> (KnowledgeBase, Vec<String>) {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let (kb, diags) = KnowledgeBase::load_as_of(dir.path(), today).unwrap();
        (kb, diags.0.iter().map(|d| d.to_string()).collect())
    }

    #[test]
    fn questions_come_from_the_entry_and_its_translation_files() {
        let dir = folder(&[
            ("hs/hsn.csv", "code,description\n09,Coffee and spices\n"),
            ("entries/a.md", &entry("iec", "How do I get an IEC?")),
            (
                "translations/ta.toml",
                "[iec]\nquestions = [\"ஐஇசி பெறுவது எப்படி?\", \"  \"]\n",
            ),
        ]);
        let (kb, messages) = load(&dir);
        assert!(messages.is_empty(), "{messages:?}");
        let e = &kb.entries[0];
        assert_eq!(e.questions[&Lang::En], ["How do I get an IEC?"]);
        assert_eq!(e.questions[&Lang::Ta], ["ஐஇசி பெறுவது எப்படி?"]);
    }

    #[test]
    fn the_same_question_under_two_entries_is_a_warning_on_the_second() {
        let dir = folder(&[
            ("hs/hsn.csv", "code,description\n09,Coffee and spices\n"),
            ("entries/a.md", &entry("iec", "How do I get an IEC?")),
            ("entries/b.md", &entry("rcmc", "how do I get an IEC")),
        ]);
        let (kb, messages) = load(&dir);
        assert_eq!(kb.entries.len(), 2);
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(
            messages[0].contains("b.md:1: warning: \"rcmc\" asks the same question as \"iec\""),
            "{messages:?}"
        );
    }

    #[test]
    fn an_old_policy_row_is_a_warning_and_a_future_one_an_error() {
        let dir = folder(&[
            ("hs/hsn.csv", "code,description\n09,Coffee and spices\n"),
            (
                "hs/export_policy.csv",
                "code,policy,conditions,source,reviewed\n09,Free,,Notification 1/2023,2025-01-01\n",
            ),
        ]);
        let (kb, messages) = load(&dir);
        assert_eq!(kb.policies.len(), 1);
        assert!(
            messages[0].contains("export_policy.csv:2: warning: `reviewed` 2025-01-01"),
            "{messages:?}"
        );
        std::fs::write(
            dir.path().join("hs/export_policy.csv"),
            "code,policy,conditions,source,reviewed\n09,Free,,Notification 1/2023,2027-01-01\n",
        )
        .unwrap();
        let (kb, messages) = load(&dir);
        assert!(kb.policies.is_empty());
        assert!(
            messages[0].contains(
                "export_policy.csv:2: error: `reviewed` date 2027-01-01 is in the future"
            ),
            "{messages:?}"
        );
    }
}
