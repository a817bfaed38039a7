//! `kb stats`: what the knowledge base holds, per kind and per language.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::KnowledgeBase;
use crate::lang::Lang;

/// Counts shown by `export-helpdesk kb stats` (and, as one JSON object, `kb stats --json`).
#[derive(Debug, Serialize)]
pub struct Stats {
    pub entries: usize,
    pub entries_by_kind: BTreeMap<&'static str, usize>,
    /// Entries with a title and summary in each language.
    pub entries_by_language: BTreeMap<&'static str, usize>,
    /// Entries with a title and summary in all 11 languages.
    pub entries_all_languages: usize,
    /// Question paraphrases ("how people ask it"), per language.
    pub questions_by_language: BTreeMap<&'static str, usize>,
    /// Entries with at least 6 questions in English and in Hindi and at least 3 in each other
    /// language.
    pub entries_with_questions: usize,
    pub hs_lines: usize,
    pub hs_lines_by_digits: BTreeMap<usize, usize>,
    pub export_policy_rows: usize,
    pub glossary_products: usize,
    /// Products with a name in each language.
    pub glossary_by_language: BTreeMap<&'static str, usize>,
    /// Products with names in all 11 languages.
    pub glossary_all_languages: usize,
    pub districts: usize,
    pub districts_with_products: usize,
    pub states: usize,
    pub states_with_products: usize,
    pub regional_authorities: usize,
    pub pincodes: usize,
    pub stopwords: usize,
    pub generic_words: usize,
}

impl Stats {
    pub fn of(kb: &KnowledgeBase) -> Stats {
        let mut entries_by_kind = BTreeMap::new();
        let mut entries_by_language: BTreeMap<&'static str, usize> = BTreeMap::new();
        let mut entries_all_languages = 0;
        let mut questions_by_language: BTreeMap<&'static str, usize> = BTreeMap::new();
        let mut entries_with_questions = 0;
        for e in &kb.entries {
            let count = |l: Lang| e.questions.get(&l).map_or(0, Vec::len);
            for l in Lang::ALL {
                if count(l) > 0 {
                    *questions_by_language.entry(l.code()).or_default() += count(l);
                }
            }
            if Lang::ALL.iter().all(|&l| {
                count(l) >= if matches!(l, Lang::En | Lang::Hi) { 6 } else { 3 }
            }) {
                entries_with_questions += 1;
            }
            *entries_by_kind.entry(e.kind.as_str()).or_default() += 1;
            let complete = e.complete_languages();
            for l in &complete {
                *entries_by_language.entry(l.code()).or_default() += 1;
            }
            if complete.len() == Lang::ALL.len() {
                entries_all_languages += 1;
            }
        }
        let mut hs_lines_by_digits = BTreeMap::new();
        for code in kb.hs.keys() {
            *hs_lines_by_digits.entry(code.level()).or_default() += 1;
        }
        let mut glossary_by_language: BTreeMap<&'static str, usize> = BTreeMap::new();
        let mut glossary_all_languages = 0;
        for p in &kb.products {
            for l in p.names.keys() {
                *glossary_by_language.entry(l.code()).or_default() += 1;
            }
            if p.names.len() == Lang::ALL.len() {
                glossary_all_languages += 1;
            }
        }
        let states: BTreeSet<&str> = kb.districts.iter().map(|d| d.state.as_str()).collect();
        let with_products: Vec<_> = kb
            .districts
            .iter()
            .filter(|d| !d.products.is_empty())
            .collect();
        let states_with_products: BTreeSet<&str> =
            with_products.iter().map(|d| d.state.as_str()).collect();
        Stats {
            entries: kb.entries.len(),
            entries_by_kind,
            entries_by_language,
            entries_all_languages,
            questions_by_language,
            entries_with_questions,
            hs_lines: kb.hs.len(),
            hs_lines_by_digits,
            export_policy_rows: kb.policies.len(),
            glossary_products: kb.products.len(),
            glossary_by_language,
            glossary_all_languages,
            districts: kb.districts.len(),
            districts_with_products: with_products.len(),
            states: states.len(),
            states_with_products: states_with_products.len(),
            regional_authorities: kb.regional_authorities.len(),
            pincodes: kb.pincodes.len(),
            stopwords: kb.lexicon.stopwords.len(),
            generic_words: kb.lexicon.generic.len(),
        }
    }

    /// The plain-text report.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let line = |out: &mut String, k: &str, v: String| out.push_str(&format!("{k:<28} {v}\n"));
        line(&mut out, "entries", self.entries.to_string());
        for (k, v) in &self.entries_by_kind {
            line(&mut out, &format!("  kind {k}"), v.to_string());
        }
        for l in Lang::ALL {
            let n = self.entries_by_language.get(l.code()).copied().unwrap_or(0);
            line(
                &mut out,
                &format!("  in {} ({})", l.english_name(), l.code()),
                n.to_string(),
            );
        }
        line(
            &mut out,
            "  in all 11 languages",
            self.entries_all_languages.to_string(),
        );
        let questions: usize = self.questions_by_language.values().sum();
        line(&mut out, "questions", questions.to_string());
        for l in Lang::ALL {
            if let Some(n) = self.questions_by_language.get(l.code()) {
                line(&mut out, &format!("  in {}", l.code()), n.to_string());
            }
        }
        line(
            &mut out,
            "  entries fully asked",
            format!("{} (>= 6 en and hi, >= 3 other)", self.entries_with_questions),
        );
        line(&mut out, "HS lines", self.hs_lines.to_string());
        for (k, v) in &self.hs_lines_by_digits {
            line(&mut out, &format!("  {k} digits"), v.to_string());
        }
        line(
            &mut out,
            "export policy rows",
            self.export_policy_rows.to_string(),
        );
        line(
            &mut out,
            "glossary products",
            self.glossary_products.to_string(),
        );
        line(
            &mut out,
            "  named in all 11 languages",
            self.glossary_all_languages.to_string(),
        );
        line(&mut out, "districts", self.districts.to_string());
        line(
            &mut out,
            "  with export products",
            self.districts_with_products.to_string(),
        );
        line(&mut out, "states and UTs", self.states.to_string());
        line(
            &mut out,
            "  with export products",
            self.states_with_products.to_string(),
        );
        line(
            &mut out,
            "DGFT Regional Authorities",
            self.regional_authorities.to_string(),
        );
        line(&mut out, "PIN codes", self.pincodes.to_string());
        line(
            &mut out,
            "stopwords / generic words",
            format!("{} / {}", self.stopwords, self.generic_words),
        );
        out
    }
}
