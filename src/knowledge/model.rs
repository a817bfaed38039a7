//! The knowledge model: what `knowledge/` holds once loaded and checked.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use chrono::NaiveDate;

use super::hs::HsCode;
use super::notice::Bulletin;
use crate::lang::Lang;

/// Texts keyed by language.
pub type LangMap<T> = BTreeMap<Lang, T>;

/// What sort of topic an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    Procedure,
    Scheme,
    Policy,
    Council,
    Document,
    Faq,
}

impl EntryKind {
    pub const ALL: [EntryKind; 6] = [
        EntryKind::Procedure,
        EntryKind::Scheme,
        EntryKind::Policy,
        EntryKind::Council,
        EntryKind::Document,
        EntryKind::Faq,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Procedure => "procedure",
            EntryKind::Scheme => "scheme",
            EntryKind::Policy => "policy",
            EntryKind::Council => "council",
            EntryKind::Document => "document",
            EntryKind::Faq => "faq",
        }
    }

    pub fn parse(s: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Paragraph, notification or trade notice, with date where one applies.
    pub cite: String,
    /// The official page to check.
    pub url: Option<String>,
}

/// A procedure, scheme, policy topic, council, document or FAQ.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub kind: EntryKind,
    pub title: LangMap<String>,
    pub summary: LangMap<String>,
    pub body: LangMap<String>,
    pub keywords: LangMap<Vec<String>>,
    /// How people ask for this entry, per language ("how do I get an IEC?"): matched against
    /// users' questions as a field of its own.
    pub questions: LangMap<Vec<String>>,
    pub source: Source,
    pub reviewed: NaiveDate,
    pub related: Vec<String>,
    /// The file it was read from, relative to the knowledge folder.
    pub file: PathBuf,
}

impl Entry {
    /// The title in `lang`, or in English (the bool says whether it fell back).
    pub fn title_in(&self, lang: Lang) -> (&str, bool) {
        pick(&self.title, lang)
    }

    /// The summary in `lang`, or in English (the bool says whether it fell back).
    pub fn summary_in(&self, lang: Lang) -> (&str, bool) {
        pick(&self.summary, lang)
    }

    /// Languages that have both a title and a summary.
    pub fn complete_languages(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| self.title.contains_key(l) && self.summary.contains_key(l))
            .collect()
    }
}

pub(super) fn pick(map: &LangMap<String>, lang: Lang) -> (&str, bool) {
    match map.get(&lang) {
        Some(text) => (text, false),
        None => (
            map.get(&Lang::En).map(String::as_str).unwrap_or_default(),
            lang != Lang::En,
        ),
    }
}

/// The export policy categories of ITC(HS) Schedule 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportPolicy {
    Free,
    Restricted,
    Prohibited,
    Ste,
}

impl ExportPolicy {
    pub fn parse(s: &str) -> Option<ExportPolicy> {
        match s.trim().to_ascii_lowercase().as_str() {
            "free" => Some(ExportPolicy::Free),
            "restricted" => Some(ExportPolicy::Restricted),
            "prohibited" => Some(ExportPolicy::Prohibited),
            "ste" => Some(ExportPolicy::Ste),
            _ => None,
        }
    }

    /// The Fluent message id that names this policy.
    pub fn message_id(self) -> &'static str {
        match self {
            ExportPolicy::Free => "policy-free",
            ExportPolicy::Restricted => "policy-restricted",
            ExportPolicy::Prohibited => "policy-prohibited",
            ExportPolicy::Ste => "policy-ste",
        }
    }
}

/// One line of ITC(HS).
#[derive(Debug, Clone)]
pub struct HsLine {
    pub code: HsCode,
    /// The description as published.
    pub description: String,
    /// The description made readable on its own: sentence case, and a bare "OTHER" or
    /// "POWDER" line prefixed with its parent's text.
    pub display: String,
}

/// The export policy of a code, where the knowledge base knows it.
#[derive(Debug, Clone)]
pub struct PolicyRow {
    pub code: HsCode,
    pub policy: ExportPolicy,
    pub conditions: String,
    pub source: String,
    pub reviewed: NaiveDate,
}

/// A product of the glossary: everyday names in many languages, mapped to HS codes.
#[derive(Debug, Clone)]
pub struct Product {
    pub id: String,
    pub hs: Vec<HsCode>,
    /// Names per language, the display name first.
    pub names: LangMap<Vec<String>>,
    /// Romanised Hindi and other Latin-script colloquial names.
    pub romanised: Vec<String>,
}

impl Product {
    /// The display name in `lang`, or English.
    pub fn name_in(&self, lang: Lang) -> &str {
        self.names
            .get(&lang)
            .or_else(|| self.names.get(&Lang::En))
            .and_then(|n| n.first())
            .map(String::as_str)
            .unwrap_or(&self.id)
    }
}

/// A DGFT Regional Authority.
#[derive(Debug, Clone)]
pub struct RegionalAuthority {
    pub id: String,
    pub name: String,
    pub city: String,
    pub url: Option<String>,
}

/// A district, with what the knowledge base knows of it.
#[derive(Debug, Clone)]
pub struct District {
    /// India Post's spelling, capitals (the key).
    pub state: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// The district's name in Indian scripts.
    pub names: LangMap<String>,
    pub regional_authority: Option<String>,
    pub products: Vec<String>,
    pub products_source: Option<String>,
}

impl District {
    /// "STATE/DISTRICT", the stable key of a district.
    pub fn key(&self) -> String {
        format!("{}/{}", self.state, self.name)
    }

    /// Title-case English name ("MORADABAD" → "Moradabad").
    pub fn display_name(&self) -> String {
        title_case(&self.name)
    }

    /// The name in `lang` where known, else the English display name.
    pub fn name_in(&self, lang: Lang) -> String {
        self.names
            .get(&lang)
            .cloned()
            .unwrap_or_else(|| self.display_name())
    }

    pub fn display_state(&self) -> String {
        title_case(&self.state)
    }
}

/// "UTTAR PRADESH" → "Uttar Pradesh"; "AND"/"OF" stay lower case.
pub fn title_case(s: &str) -> String {
    s.split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            if i > 0 && matches!(lower.as_str(), "and" | "of" | "the") {
                return lower;
            }
            let mut cs = lower.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words the search treats specially, per language.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Words that carry no topic ("what", "क्या").
    pub stopwords: HashSet<String>,
    /// Words that are on-topic everywhere ("export", "निर्यात").
    pub generic: HashSet<String>,
    /// Words that say the user wants an HS code ("hs", "hsn", "एचएस").
    pub hs_intent: HashSet<String>,
}

/// Everything in `knowledge/`.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    pub entries: Vec<Entry>,
    pub hs: BTreeMap<HsCode, HsLine>,
    pub policies: BTreeMap<HsCode, PolicyRow>,
    pub products: Vec<Product>,
    pub districts: Vec<District>,
    pub regional_authorities: BTreeMap<String, RegionalAuthority>,
    /// PIN code → index into `districts`.
    pub pincodes: HashMap<u32, usize>,
    pub lexicon: Lexicon,
    /// The notices of `notices/`, in file order.
    pub bulletins: Vec<Bulletin>,
    /// A hash of every file read, so a saved index can tell whether it is current.
    pub fingerprint: u64,
}

impl KnowledgeBase {
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn bulletin(&self, id: &str) -> Option<&Bulletin> {
        self.bulletins.iter().find(|b| b.id == id)
    }

    pub fn product(&self, id: &str) -> Option<&Product> {
        self.products.iter().find(|p| p.id == id)
    }

    pub fn district_by_key(&self, key: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.key() == key)
    }

    /// The nearest export policy row for a code: its own, else its parents'.
    pub fn policy_for(&self, code: &HsCode) -> Option<&PolicyRow> {
        self.policies
            .get(code)
            .or_else(|| code.ancestors().iter().find_map(|a| self.policies.get(a)))
    }

    /// The direct children of a code (the next level that exists below it).
    pub fn hs_children(&self, code: &HsCode) -> Vec<&HsLine> {
        let below: Vec<&HsLine> = self
            .hs
            .range(code.clone()..)
            .skip(1)
            .take_while(|(c, _)| code.contains(c))
            .map(|(_, l)| l)
            .collect();
        let Some(min) = below.iter().map(|l| l.code.level()).min() else {
            return below;
        };
        below
            .into_iter()
            .filter(|l| l.code.level() == min)
            .collect()
    }
}
