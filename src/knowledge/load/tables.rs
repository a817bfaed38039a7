//! The plain tables: the lexicon (`lexicon/*.csv`), HS lines (`hs/hsn.csv`), export policy
//! (`hs/export_policy.csv`) and the glossary of product names (`glossary/*.csv`).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::Loader;
use super::rules::{self, split_list};
use crate::knowledge::{ExportPolicy, HsCode, HsLine, KnowledgeError, LangMap, PolicyRow, Product};
use crate::lang::Lang;

const GLOSSARY_HEADER: [&str; 14] = [
    "id", "hs", "en", "hi", "hi_latn", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "or",
];

impl Loader {
    pub(super) fn load_lexicon(&mut self) -> Result<(), KnowledgeError> {
        for (file, which) in [
            ("lexicon/stopwords.csv", 0),
            ("lexicon/generic.csv", 1),
            ("lexicon/hs_intent.csv", 2),
        ] {
            let Some(table) = self.table(file, &["lang", "word"])? else {
                continue;
            };
            for (line, rec) in &table.rows {
                if Lang::parse(&rec[0]).is_err() {
                    let msg = format!("unknown language code {:?}", &rec[0]);
                    self.diags.error(&table.shown, *line, msg);
                    continue;
                }
                let lexicon = &mut self.kb.lexicon;
                let set = match which {
                    0 => &mut lexicon.stopwords,
                    1 => &mut lexicon.generic,
                    _ => &mut lexicon.hs_intent,
                };
                set.extend(crate::text::normalize_words(&rec[1]));
            }
        }
        Ok(())
    }

    pub(super) fn load_hs(&mut self) -> Result<(), KnowledgeError> {
        let Some(table) = self.table("hs/hsn.csv", &["code", "description"])? else {
            let shown = self.files.shown(Path::new("hs/hsn.csv"));
            self.diags.error(shown, 1, "missing: the HS code list");
            return Ok(());
        };
        let mut raw: BTreeMap<HsCode, String> = BTreeMap::new();
        for (line, rec) in &table.rows {
            let code = match HsCode::parse(&rec[0]) {
                Ok(code) => code,
                Err(e) => {
                    self.diags.error(&table.shown, *line, e.to_string());
                    continue;
                }
            };
            let desc = rec[1].trim().to_string();
            if desc.is_empty() {
                let msg = format!("HS code {code} has no description");
                self.diags.error(&table.shown, *line, msg);
            } else if raw.insert(code.clone(), desc).is_some() {
                let msg = format!("HS code {code} is listed twice");
                self.diags.error(&table.shown, *line, msg);
            }
        }
        self.kb.hs = readable_lines(raw);
        Ok(())
    }

    pub(super) fn load_policies(&mut self) -> Result<(), KnowledgeError> {
        let header = ["code", "policy", "conditions", "source", "reviewed"];
        let Some(table) = self.table("hs/export_policy.csv", &header)? else {
            return Ok(());
        };
        for (line, rec) in &table.rows {
            let (shown, line) = (table.shown.as_path(), *line);
            let code = match HsCode::parse(&rec[0]) {
                Ok(c) => c,
                Err(e) => {
                    self.diags.error(shown, line, e.to_string());
                    continue;
                }
            };
            if let Some(finding) = rules::known_hs(&code, &self.kb.hs) {
                finding.report(&mut self.diags, shown, line);
            }
            let Some(policy) = ExportPolicy::parse(&rec[1]) else {
                let msg = format!(
                    "policy {:?} is not one of Free, Restricted, Prohibited, STE",
                    &rec[1]
                );
                self.diags.error(shown, line, msg);
                continue;
            };
            let Some(reviewed) = self.date(shown, line, &rec[4]) else {
                continue;
            };
            if rec[3].trim().is_empty() {
                let msg = "a policy row needs its source (notification and date)";
                self.diags.error(shown, line, msg);
            }
            let row = PolicyRow {
                code: code.clone(),
                policy,
                conditions: rec[2].trim().to_string(),
                source: rec[3].trim().to_string(),
                reviewed,
            };
            if self.kb.policies.insert(code.clone(), row).is_some() {
                let msg = format!("HS code {code} has two policy rows");
                self.diags.error(shown, line, msg);
            }
        }
        Ok(())
    }

    pub(super) fn load_glossary(&mut self) -> Result<(), KnowledgeError> {
        let mut seen: HashMap<String, (PathBuf, usize)> = HashMap::new();
        for rel in self.files.list("glossary", "csv")? {
            let Some(table) = self.table(&rel, &GLOSSARY_HEADER)? else {
                continue;
            };
            for (line, rec) in &table.rows {
                let (shown, line) = (table.shown.as_path(), *line);
                let id = rec[0].trim().to_string();
                if !rules::is_slug(&id) {
                    let msg =
                        format!("product id {id:?} must be lowercase letters, digits and '-'");
                    self.diags.error(shown, line, msg);
                    continue;
                }
                if let Some((f, n)) = seen.get(&id) {
                    let msg = format!("product id {id:?} is already used at {}:{n}", f.display());
                    self.diags.error(shown, line, msg);
                    continue;
                }
                seen.insert(id.clone(), (shown.to_path_buf(), line));
                if let Some(product) = self.product(shown, line, id, rec) {
                    self.kb.products.push(product);
                }
            }
        }
        Ok(())
    }

    /// One glossary row: its HS codes (each in the HS list) and its names per language.
    fn product(
        &mut self,
        shown: &Path,
        line: usize,
        id: String,
        rec: &csv::StringRecord,
    ) -> Option<Product> {
        let mut hs = Vec::new();
        for part in split_list(&rec[1]) {
            match HsCode::parse(&part) {
                Ok(code) => match rules::known_hs(&code, &self.kb.hs) {
                    Some(finding) => finding.report(&mut self.diags, shown, line),
                    None => hs.push(code),
                },
                Err(e) => self.diags.error(shown, line, e.to_string()),
            }
        }
        if hs.is_empty() {
            let msg = format!("product {id:?} needs at least one HS code");
            self.diags.error(shown, line, msg);
        }
        let mut names = LangMap::new();
        let mut missing = Vec::new();
        for (col, header) in GLOSSARY_HEADER.iter().enumerate().skip(2) {
            let Ok(lang) = Lang::parse(header) else {
                continue; // hi_latn: the romanised names
            };
            let list = split_list(&rec[col]);
            if list.is_empty() {
                missing.push(*header);
            } else {
                names.insert(lang, list);
            }
        }
        if !names.contains_key(&Lang::En) {
            let msg = format!("product {id:?} needs an English name");
            self.diags.error(shown, line, msg);
            return None;
        }
        if !missing.is_empty() {
            let msg = format!("product {id:?} has no name in: {}", missing.join(", "));
            self.diags.warning(shown, line, msg);
        }
        Some(Product {
            id,
            hs,
            names,
            romanised: split_list(&rec[4]),
        })
    }
}

/// HS lines with a description readable on its own: sentence case, and a weak one ("Other",
/// "Powder") prefixed with its parent's.
fn readable_lines(raw: BTreeMap<HsCode, String>) -> BTreeMap<HsCode, HsLine> {
    let mut lines: BTreeMap<HsCode, HsLine> = BTreeMap::new();
    for (code, description) in raw {
        let own = sentence_case(description.trim_end_matches([':', ' ', '-']));
        let parent = code.ancestors().into_iter().find_map(|a| lines.get(&a));
        let display = match parent {
            Some(p) if is_weak(&own, &code) => format!("{} — {}", shorten(&p.display, 140), own),
            _ => own,
        };
        let line = HsLine {
            code: code.clone(),
            description,
            display,
        };
        lines.insert(code, line);
    }
    lines
}

/// All-capitals text becomes sentence case; mixed case is kept.
fn sentence_case(s: &str) -> String {
    let s = s.trim();
    if s.chars().any(|c| c.is_lowercase()) {
        return s.to_string();
    }
    let lower = s.to_lowercase();
    let mut cs = lower.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// A description that says little on its own ("Other", "Powder", "Fresh").
fn is_weak(desc: &str, code: &HsCode) -> bool {
    let lower = desc.to_lowercase();
    code.level() >= 6 && (lower.starts_with("other") || lower.split_whitespace().count() <= 3)
}

/// At most `max` characters, cut at a word, with an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(a, _)| a)
        .trim_end_matches([',', ';', ' ']);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weak_hs_description_is_read_with_its_parents() {
        let mut raw = BTreeMap::new();
        raw.insert(
            HsCode::parse("0910").unwrap(),
            "GINGER, SAFFRON, TURMERIC".to_string(),
        );
        raw.insert(
            HsCode::parse("091030").unwrap(),
            "Turmeric (curcuma) of all kinds:".to_string(),
        );
        raw.insert(HsCode::parse("09103090").unwrap(), "OTHER".to_string());
        let lines = readable_lines(raw);
        assert_eq!(
            lines[&HsCode::parse("0910").unwrap()].display,
            "Ginger, saffron, turmeric"
        );
        assert_eq!(
            lines[&HsCode::parse("09103090").unwrap()].display,
            "Turmeric (curcuma) of all kinds — Other"
        );
    }

    #[test]
    fn a_long_parent_text_is_shortened_at_a_word() {
        assert_eq!(shorten("one two three", 9), "one two…");
        assert_eq!(shorten("short", 9), "short");
    }
}
