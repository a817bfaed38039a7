//! Reading `knowledge/` from disk into a [`KnowledgeBase`], checking it as it goes.
//!
//! Every problem becomes a [`Diagnostic`] with the file and line it is on; loading goes on
//! past problems so that an editor sees all of them at once.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::KnowledgeError;
use super::diag::Diagnostics;
use super::hs::HsCode;
use super::model::*;
use crate::lang::Lang;

/// The longest summary, in characters: it must fit in one Telegram message (4,096) together
/// with its title, citation, "see also" line and buttons.
pub const MAX_SUMMARY_CHARS: usize = 1500;

const GLOSSARY_HEADER: [&str; 14] = [
    "id", "hs", "en", "hi", "hi_latn", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "or",
];
const DISTRICT_HEADER: [&str; 14] = [
    "state",
    "district",
    "aliases",
    "hi",
    "bn",
    "ta",
    "te",
    "mr",
    "gu",
    "kn",
    "ml",
    "pa",
    "or",
    "regional_authority",
];

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
        let shown = dir
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("knowledge"));
        let mut loader = Loader {
            root: dir.to_path_buf(),
            shown,
            diags: Diagnostics::default(),
            kb: KnowledgeBase::default(),
            hash: Fnv::new(),
            today,
        };
        loader.load_all()?;
        loader.kb.fingerprint = loader.hash.finish();
        Ok((loader.kb, loader.diags))
    }
}

struct Loader {
    root: PathBuf,
    shown: PathBuf,
    diags: Diagnostics,
    kb: KnowledgeBase,
    hash: Fnv,
    today: NaiveDate,
}

/// Where an entry's `related` ids stand, for checking once every entry is loaded.
struct RelatedRef {
    file: PathBuf,
    line: usize,
    id: String,
}

impl Loader {
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
        let ids: HashSet<&str> = self.kb.entries.iter().map(|e| e.id.as_str()).collect();
        for r in &related {
            if !ids.contains(r.id.as_str()) {
                self.diags.error(
                    &r.file,
                    r.line,
                    format!("`related` names {:?}, which is no entry's id", r.id),
                );
            }
        }
        self.warn_missing_translations();
        Ok(())
    }

    fn shown(&self, rel: &Path) -> PathBuf {
        self.shown.join(rel)
    }

    /// Reads a file (relative to the root), adding it to the fingerprint. `None` if absent.
    fn read(&mut self, rel: &Path) -> Result<Option<String>, KnowledgeError> {
        let path = self.root.join(rel);
        match std::fs::read(&path) {
            Ok(bytes) => {
                self.hash.write(rel.to_string_lossy().as_bytes());
                self.hash.write(&bytes);
                match String::from_utf8(bytes) {
                    Ok(text) => Ok(Some(text.trim_start_matches('\u{feff}').to_string())),
                    Err(e) => {
                        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                            .iter()
                            .filter(|&&b| b == b'\n')
                            .count();
                        self.diags
                            .error(self.shown(rel), line, "not valid UTF-8 text");
                        Ok(None)
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(KnowledgeError::Io { path, source }),
        }
    }

    /// Files under `rel` (recursively) with the extension, sorted, relative to the root.
    fn files(&self, rel: &str, ext: &str) -> Result<Vec<PathBuf>, KnowledgeError> {
        let mut out = Vec::new();
        let mut stack = vec![self.root.join(rel)];
        while let Some(dir) = stack.pop() {
            let read = match std::fs::read_dir(&dir) {
                Ok(r) => r,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(source) => return Err(KnowledgeError::Io { path: dir, source }),
            };
            for item in read {
                let item = item.map_err(|source| KnowledgeError::Io {
                    path: dir.clone(),
                    source,
                })?;
                let path = item.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == ext)
                    && path.file_name().is_none_or(|n| n != "README.md")
                {
                    out.push(path.strip_prefix(&self.root).unwrap_or(&path).to_path_buf());
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// Parses a CSV file with the given header, calling `row` with each record's line.
    fn csv(
        &mut self,
        rel: &Path,
        header: &[&str],
        mut row: impl FnMut(&mut Self, &Path, usize, &csv::StringRecord),
    ) -> Result<bool, KnowledgeError> {
        let Some(text) = self.read(rel)? else {
            return Ok(false);
        };
        let shown = self.shown(rel);
        let header_line = text
            .lines()
            .position(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map_or(1, |i| i + 1);
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .flexible(true)
            .from_reader(text.as_bytes());
        match reader.headers() {
            Ok(h) => {
                let got: Vec<&str> = h.iter().map(str::trim).collect();
                if got != header {
                    self.diags.error(
                        &shown,
                        header_line,
                        format!(
                            "expected the header `{}`, found `{}`",
                            header.join(","),
                            got.join(",")
                        ),
                    );
                    return Ok(true);
                }
            }
            Err(e) => {
                self.diags
                    .error(&shown, header_line, format!("bad CSV: {e}"));
                return Ok(true);
            }
        }
        for record in reader.records() {
            match record {
                Ok(rec) => {
                    let line = rec.position().map_or(0, |p| p.line() as usize);
                    if rec.len() != header.len() {
                        self.diags.error(
                            &shown,
                            line,
                            format!("expected {} fields, found {}", header.len(), rec.len()),
                        );
                        continue;
                    }
                    row(self, &shown, line, &rec);
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line() as usize);
                    self.diags.error(&shown, line, format!("bad CSV: {e}"));
                }
            }
        }
        Ok(true)
    }

    fn load_lexicon(&mut self) -> Result<(), KnowledgeError> {
        for (file, which) in [
            ("lexicon/stopwords.csv", 0),
            ("lexicon/generic.csv", 1),
            ("lexicon/hs_intent.csv", 2),
        ] {
            self.csv(Path::new(file), &["lang", "word"], |l, shown, line, rec| {
                if Lang::parse(&rec[0]).is_err() {
                    l.diags
                        .error(shown, line, format!("unknown language code {:?}", &rec[0]));
                    return;
                }
                for word in crate::text::normalize_words(&rec[1]) {
                    let set = match which {
                        0 => &mut l.kb.lexicon.stopwords,
                        1 => &mut l.kb.lexicon.generic,
                        _ => &mut l.kb.lexicon.hs_intent,
                    };
                    set.insert(word);
                }
            })?;
        }
        Ok(())
    }

    fn load_hs(&mut self) -> Result<(), KnowledgeError> {
        let mut raw: BTreeMap<HsCode, String> = BTreeMap::new();
        let found = self.csv(
            Path::new("hs/hsn.csv"),
            &["code", "description"],
            |l, shown, line, rec| match HsCode::parse(&rec[0]) {
                Ok(code) => {
                    let desc = rec[1].trim().to_string();
                    if desc.is_empty() {
                        l.diags
                            .error(shown, line, format!("HS code {code} has no description"));
                    } else if raw.insert(code.clone(), desc).is_some() {
                        l.diags
                            .error(shown, line, format!("HS code {code} is listed twice"));
                    }
                }
                Err(e) => l.diags.error(shown, line, e.to_string()),
            },
        )?;
        if !found {
            self.diags.error(
                self.shown(Path::new("hs/hsn.csv")),
                1,
                "missing: the HS code list",
            );
        }
        let mut lines: BTreeMap<HsCode, HsLine> = BTreeMap::new();
        for (code, description) in raw {
            let own = sentence_case(description.trim_end_matches([':', ' ', '-']));
            let parent = code.ancestors().into_iter().find_map(|a| lines.get(&a));
            let display = match parent {
                Some(p) if is_weak(&own, &code) => {
                    format!("{} — {}", shorten(&p.display, 140), own)
                }
                _ => own,
            };
            lines.insert(
                code.clone(),
                HsLine {
                    code,
                    description,
                    display,
                },
            );
        }
        self.kb.hs = lines;
        Ok(())
    }

    fn load_policies(&mut self) -> Result<(), KnowledgeError> {
        let header = ["code", "policy", "conditions", "source", "reviewed"];
        self.csv(
            Path::new("hs/export_policy.csv"),
            &header,
            |l, shown, line, rec| {
                let code = match HsCode::parse(&rec[0]) {
                    Ok(c) => c,
                    Err(e) => return l.diags.error(shown, line, e.to_string()),
                };
                if !l.kb.hs.contains_key(&code) {
                    l.diags
                        .error(shown, line, format!("HS code {code} is not in hs/hsn.csv"));
                }
                let Some(policy) = ExportPolicy::parse(&rec[1]) else {
                    return l.diags.error(
                        shown,
                        line,
                        format!(
                            "policy {:?} is not one of Free, Restricted, Prohibited, STE",
                            &rec[1]
                        ),
                    );
                };
                let Some(reviewed) = l.date(shown, line, &rec[4]) else {
                    return;
                };
                if rec[3].trim().is_empty() {
                    l.diags.error(
                        shown,
                        line,
                        "a policy row needs its source (notification and date)",
                    );
                }
                let row = PolicyRow {
                    code: code.clone(),
                    policy,
                    conditions: rec[2].trim().to_string(),
                    source: rec[3].trim().to_string(),
                    reviewed,
                };
                if l.kb.policies.insert(code.clone(), row).is_some() {
                    l.diags
                        .error(shown, line, format!("HS code {code} has two policy rows"));
                }
            },
        )?;
        Ok(())
    }

    fn date(&mut self, shown: &Path, line: usize, text: &str) -> Option<NaiveDate> {
        match NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
            Ok(d) if d > self.today => {
                self.diags
                    .error(shown, line, format!("`reviewed` date {d} is in the future"));
                None
            }
            Ok(d) => Some(d),
            Err(_) => {
                self.diags.error(
                    shown,
                    line,
                    format!("{:?} is not a date (YYYY-MM-DD)", text.trim()),
                );
                None
            }
        }
    }

    fn load_glossary(&mut self) -> Result<(), KnowledgeError> {
        let mut seen: HashMap<String, (PathBuf, usize)> = HashMap::new();
        for rel in self.files("glossary", "csv")? {
            self.csv(&rel, &GLOSSARY_HEADER, |l, shown, line, rec| {
                let id = rec[0].trim().to_string();
                if !is_slug(&id) {
                    l.diags.error(
                        shown,
                        line,
                        format!("product id {id:?} must be lowercase letters, digits and '-'"),
                    );
                    return;
                }
                if let Some((f, n)) = seen.get(&id) {
                    l.diags.error(
                        shown,
                        line,
                        format!("product id {id:?} is already used at {}:{n}", f.display()),
                    );
                    return;
                }
                seen.insert(id.clone(), (shown.to_path_buf(), line));
                let mut hs = Vec::new();
                for part in split_list(&rec[1]) {
                    match HsCode::parse(&part) {
                        Ok(code) if l.kb.hs.contains_key(&code) => hs.push(code),
                        Ok(code) => l.diags.error(
                            shown,
                            line,
                            format!("HS code {code} is not in hs/hsn.csv"),
                        ),
                        Err(e) => l.diags.error(shown, line, e.to_string()),
                    }
                }
                if hs.is_empty() {
                    l.diags.error(
                        shown,
                        line,
                        format!("product {id:?} needs at least one HS code"),
                    );
                }
                let mut names = LangMap::new();
                let mut missing = Vec::new();
                for (col, header) in GLOSSARY_HEADER.iter().enumerate().skip(2) {
                    if *header == "hi_latn" {
                        continue;
                    }
                    let lang = Lang::parse(header).expect("header languages are valid");
                    let list = split_list(&rec[col]);
                    if list.is_empty() {
                        missing.push(*header);
                    } else {
                        names.insert(lang, list);
                    }
                }
                if !names.contains_key(&Lang::En) {
                    l.diags
                        .error(shown, line, format!("product {id:?} needs an English name"));
                    return;
                }
                if !missing.is_empty() {
                    l.diags.warning(
                        shown,
                        line,
                        format!("product {id:?} has no name in: {}", missing.join(", ")),
                    );
                }
                l.kb.products.push(Product {
                    id,
                    hs,
                    names,
                    romanised: split_list(&rec[4]),
                });
            })?;
        }
        Ok(())
    }

    fn load_regional_authorities(&mut self) -> Result<(), KnowledgeError> {
        let rel = Path::new("districts/regional_authorities.csv");
        self.csv(
            rel,
            &["id", "name", "city", "url"],
            |l, shown, line, rec| {
                let id = rec[0].trim().to_string();
                if !is_slug(&id) {
                    return l.diags.error(
                        shown,
                        line,
                        format!("authority id {id:?} must be a slug"),
                    );
                }
                let ra = RegionalAuthority {
                    id: id.clone(),
                    name: rec[1].trim().to_string(),
                    city: rec[2].trim().to_string(),
                    url: Some(rec[3].trim().to_string()).filter(|u| !u.is_empty()),
                };
                if l.kb.regional_authorities.insert(id.clone(), ra).is_some() {
                    l.diags
                        .error(shown, line, format!("authority id {id:?} is listed twice"));
                }
            },
        )?;
        Ok(())
    }

    fn load_districts(&mut self) -> Result<(), KnowledgeError> {
        let mut seen = HashSet::new();
        self.csv(
            Path::new("districts/districts.csv"),
            &DISTRICT_HEADER,
            |l, shown, line, rec| {
                let state = rec[0].trim().to_uppercase();
                let name = rec[1].trim().to_uppercase();
                if state.is_empty() || name.is_empty() {
                    return l
                        .diags
                        .error(shown, line, "state and district are required");
                }
                if !seen.insert((state.clone(), name.clone())) {
                    return l.diags.error(
                        shown,
                        line,
                        format!("district {name} ({state}) is listed twice"),
                    );
                }
                let mut names = LangMap::new();
                for (col, header) in DISTRICT_HEADER.iter().enumerate().take(13).skip(3) {
                    let lang = Lang::parse(header).expect("header languages are valid");
                    if let Some(first) = split_list(&rec[col]).into_iter().next() {
                        names.insert(lang, first);
                    }
                }
                let ra = rec[13].trim().to_string();
                let regional_authority = if ra.is_empty() {
                    None
                } else if l.kb.regional_authorities.contains_key(&ra) {
                    Some(ra)
                } else {
                    l.diags.error(
                        shown,
                        line,
                        format!("regional authority {ra:?} is not in regional_authorities.csv"),
                    );
                    None
                };
                l.kb.districts.push(District {
                    state,
                    name,
                    aliases: split_list(&rec[2]),
                    names,
                    regional_authority,
                    products: Vec::new(),
                    products_source: None,
                });
            },
        )?;
        Ok(())
    }

    fn district_index(&self) -> HashMap<(String, String), usize> {
        self.kb
            .districts
            .iter()
            .enumerate()
            .map(|(i, d)| ((d.state.clone(), d.name.clone()), i))
            .collect()
    }

    fn load_products(&mut self) -> Result<(), KnowledgeError> {
        let index = self.district_index();
        let header = ["state", "district", "products", "source"];
        self.csv(
            Path::new("districts/products.csv"),
            &header,
            |l, shown, line, rec| {
                let key = (rec[0].trim().to_uppercase(), rec[1].trim().to_uppercase());
                let Some(&i) = index.get(&key) else {
                    return l.diags.error(
                        shown,
                        line,
                        format!("no district {} in {} (see districts.csv)", key.1, key.0),
                    );
                };
                let products = split_list(&rec[2]);
                if products.is_empty() {
                    return l.diags.error(shown, line, "list at least one product");
                }
                let d = &mut l.kb.districts[i];
                if !d.products.is_empty() {
                    return l.diags.error(
                        shown,
                        line,
                        format!("district {} has two product rows", key.1),
                    );
                }
                d.products = products;
                d.products_source = Some(rec[3].trim().to_string()).filter(|s| !s.is_empty());
            },
        )?;
        Ok(())
    }

    fn load_pincodes(&mut self) -> Result<(), KnowledgeError> {
        let index = self.district_index();
        let header = ["pincode", "state", "district"];
        self.csv(
            Path::new("districts/pincodes.csv"),
            &header,
            |l, shown, line, rec| {
                let pin = rec[0].trim();
                let Some(pin) = pin.parse::<u32>().ok().filter(|_| pin.len() == 6) else {
                    return l.diags.error(
                        shown,
                        line,
                        format!("{pin:?} is not a 6-digit PIN code"),
                    );
                };
                let key = (rec[1].trim().to_uppercase(), rec[2].trim().to_uppercase());
                match index.get(&key) {
                    Some(&i) => {
                        if l.kb.pincodes.insert(pin, i).is_some() {
                            l.diags
                                .error(shown, line, format!("PIN code {pin} is listed twice"));
                        }
                    }
                    None => {
                        l.diags
                            .error(shown, line, format!("no district {} in {}", key.1, key.0))
                    }
                }
            },
        )?;
        Ok(())
    }

    fn load_entries(&mut self) -> Result<Vec<RelatedRef>, KnowledgeError> {
        let mut related = Vec::new();
        let mut seen: HashMap<String, PathBuf> = HashMap::new();
        for rel in self.files("entries", "md")? {
            let Some(text) = self.read(&rel)? else {
                continue;
            };
            let shown = self.shown(&rel);
            if let Some((entry, refs, id_line)) = self.parse_entry(&shown, &text) {
                if let Some(first) = seen.get(&entry.id) {
                    self.diags.error(
                        &shown,
                        id_line,
                        format!(
                            "duplicate id {:?}: also used by {}",
                            entry.id,
                            first.display()
                        ),
                    );
                    continue;
                }
                seen.insert(entry.id.clone(), shown.clone());
                related.extend(refs);
                self.kb.entries.push(Entry { file: rel, ..entry });
            }
        }
        Ok(related)
    }

    fn parse_entry(&mut self, shown: &Path, text: &str) -> Option<(Entry, Vec<RelatedRef>, usize)> {
        let lines: Vec<&str> = text.split('\n').collect();
        if lines.first().map(|l| l.trim()) != Some("+++") {
            self.diags.error(
                shown,
                1,
                "an entry starts with a `+++` line, then TOML front matter",
            );
            return None;
        }
        let Some(close) = lines
            .iter()
            .skip(1)
            .position(|l| l.trim() == "+++")
            .map(|p| p + 1)
        else {
            self.diags
                .error(shown, 1, "the front matter is not closed by a `+++` line");
            return None;
        };
        let front = lines[1..close].join("\n");
        // Line numbers inside the front matter start at file line 2.
        let line_at = |offset: usize| 2 + front[..offset.min(front.len())].matches('\n').count();
        let raw: RawEntry = match toml::from_str(&front) {
            Ok(r) => r,
            Err(e) => {
                let line = e.span().map_or(1, |s| line_at(s.start));
                self.diags
                    .error(shown, line, format!("bad TOML: {}", e.message()));
                return None;
            }
        };
        let mut ok = true;
        let id_line = raw.id.as_ref().map_or(1, |s| line_at(s.span().start));
        let id = match raw.id {
            Some(id) if is_slug(id.get_ref()) => id.into_inner(),
            Some(id) => {
                self.diags.error(
                    shown,
                    id_line,
                    format!(
                        "id {:?} must be lowercase letters, digits and '-'",
                        id.get_ref()
                    ),
                );
                return None;
            }
            None => {
                self.diags.error(shown, 1, "missing `id`");
                return None;
            }
        };
        let kind = match &raw.kind {
            Some(k) => match EntryKind::parse(k.get_ref()) {
                Some(kind) => kind,
                None => {
                    let kinds: Vec<&str> = EntryKind::ALL.iter().map(|k| k.as_str()).collect();
                    self.diags.error(
                        shown,
                        line_at(k.span().start),
                        format!("kind {:?} is not one of {}", k.get_ref(), kinds.join(", ")),
                    );
                    ok = false;
                    EntryKind::Faq
                }
            },
            None => {
                self.diags.error(shown, id_line, "missing `kind`");
                ok = false;
                EntryKind::Faq
            }
        };
        let lang_map = |this: &mut Self,
                        map: BTreeMap<Spanned<String>, Spanned<String>>,
                        what: &str| {
            let mut out = LangMap::new();
            for (key, value) in map {
                let line = line_at(key.span().start);
                match Lang::parse(key.get_ref()) {
                    Ok(lang) => {
                        let text = value.get_ref().trim().to_string();
                        if text.is_empty() {
                            this.diags.error(
                                shown,
                                line,
                                format!("{what}.{} is empty", key.get_ref()),
                            );
                        } else if what == "summary" && text.chars().count() > MAX_SUMMARY_CHARS {
                            this.diags.error(
                                shown,
                                line_at(value.span().start),
                                format!(
                                    "summary.{} has {} characters; at most {MAX_SUMMARY_CHARS} fit in one Telegram message",
                                    key.get_ref(),
                                    text.chars().count()
                                ),
                            );
                        } else {
                            out.insert(lang, text);
                        }
                    }
                    Err(e) => this.diags.error(shown, line, format!("in [{what}]: {e}")),
                }
            }
            out
        };
        let title = lang_map(self, raw.title, "title");
        let summary = lang_map(self, raw.summary, "summary");
        for (what, map) in [("title", &title), ("summary", &summary)] {
            if !map.contains_key(&Lang::En) {
                self.diags.error(
                    shown,
                    id_line,
                    format!("missing the English {what} (`{what}.en`)"),
                );
                ok = false;
            }
        }
        let mut lists = |raw: BTreeMap<Spanned<String>, Vec<String>>, what: &str| {
            let mut out = LangMap::new();
            for (key, words) in raw {
                match Lang::parse(key.get_ref()) {
                    Ok(lang) => {
                        out.insert(
                            lang,
                            words
                                .into_iter()
                                .map(|w| w.trim().to_string())
                                .filter(|w| !w.is_empty())
                                .collect(),
                        );
                    }
                    Err(e) => self.diags.error(
                        shown,
                        line_at(key.span().start),
                        format!("in [{what}]: {e}"),
                    ),
                }
            }
            out
        };
        let keywords = lists(raw.keywords, "keywords");
        let questions = lists(raw.questions, "questions");
        let reviewed = match raw.reviewed {
            Some(r) => {
                let line = line_at(r.span().start);
                match r.get_ref().date {
                    Some(d) => {
                        match NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32) {
                            Some(date) if date > self.today => {
                                self.diags.error(
                                    shown,
                                    line,
                                    format!("`reviewed` date {date} is in the future"),
                                );
                                ok = false;
                                date
                            }
                            Some(date) => date,
                            None => {
                                self.diags
                                    .error(shown, line, "`reviewed` is not a valid date");
                                return None;
                            }
                        }
                    }
                    None => {
                        self.diags.error(
                            shown,
                            line,
                            "`reviewed` must be a date such as 2026-11-24",
                        );
                        return None;
                    }
                }
            }
            None => {
                self.diags.error(
                    shown,
                    id_line,
                    "missing `reviewed` (the date a person last checked this entry)",
                );
                return None;
            }
        };
        let source = match raw.source {
            Some(s) => {
                let line = line_at(s.span().start);
                let s = s.into_inner();
                match s
                    .cite
                    .map(|c| c.trim().to_string())
                    .filter(|c| !c.is_empty())
                {
                    Some(cite) => Source {
                        cite,
                        url: s.url.filter(|u| !u.trim().is_empty()),
                    },
                    None => {
                        self.diags.error(
                            shown,
                            line,
                            "`source.cite` is required: paragraph, notification or trade notice",
                        );
                        ok = false;
                        Source {
                            cite: String::new(),
                            url: None,
                        }
                    }
                }
            }
            None => {
                self.diags.error(
                    shown,
                    id_line,
                    "missing [source] with `cite` (where the facts come from)",
                );
                ok = false;
                Source {
                    cite: String::new(),
                    url: None,
                }
            }
        };
        let refs: Vec<RelatedRef> = raw
            .related
            .iter()
            .map(|r| RelatedRef {
                file: shown.to_path_buf(),
                line: line_at(r.span().start),
                id: r.get_ref().clone(),
            })
            .collect();
        let body = self.parse_body(shown, &lines[close + 1..], close + 2);
        if !ok {
            return None;
        }
        let entry = Entry {
            id,
            kind,
            title,
            summary,
            body,
            keywords,
            questions,
            source,
            reviewed,
            related: raw.related.into_iter().map(Spanned::into_inner).collect(),
            file: PathBuf::new(),
        };
        Some((entry, refs, id_line))
    }

    /// Splits the text after the front matter at `## <lang>` lines.
    fn parse_body(&mut self, shown: &Path, lines: &[&str], first_line: usize) -> LangMap<String> {
        let mut body: LangMap<String> = LangMap::new();
        let mut current: Option<Lang> = None;
        for (i, line) in lines.iter().enumerate() {
            let n = first_line + i;
            let heading = line.trim_end().strip_prefix("## ").map(str::trim);
            if let Some(code) =
                heading.filter(|c| c.len() <= 3 && c.chars().all(|ch| ch.is_ascii_lowercase()))
            {
                match Lang::parse(code) {
                    Ok(lang) => {
                        if body.contains_key(&lang) {
                            self.diags
                                .error(shown, n, format!("a second `## {code}` body"));
                        }
                        body.insert(lang, String::new());
                        current = Some(lang);
                    }
                    Err(e) => {
                        self.diags.error(shown, n, e.to_string());
                        current = None;
                    }
                }
                continue;
            }
            match current {
                Some(lang) => {
                    let text = body.entry(lang).or_default();
                    text.push_str(line);
                    text.push('\n');
                }
                None if !line.trim().is_empty() => {
                    self.diags.error(
                        shown,
                        n,
                        "body text must follow a `## <language code>` line such as `## en`",
                    );
                    current = None;
                    // Report only the first stray line of a block.
                    body.entry(Lang::En).or_default();
                    body.remove(&Lang::En);
                }
                None => {}
            }
        }
        body.into_iter()
            .map(|(l, t)| (l, t.trim().to_string()))
            .filter(|(_, t)| !t.is_empty())
            .collect()
    }

    fn load_translations(&mut self) -> Result<(), KnowledgeError> {
        let index: HashMap<String, usize> = self
            .kb
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        for rel in self.files("translations", "toml")? {
            let shown = self.shown(&rel);
            let stem = rel
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let lang = match Lang::parse(&stem) {
                Ok(l) => l,
                Err(e) => {
                    self.diags.error(
                        &shown,
                        1,
                        format!("a translation file is named <language code>.toml: {e}"),
                    );
                    continue;
                }
            };
            let Some(text) = self.read(&rel)? else {
                continue;
            };
            let line_at = |offset: usize| 1 + text[..offset.min(text.len())].matches('\n').count();
            let tables: BTreeMap<Spanned<String>, Spanned<RawTranslation>> =
                match toml::from_str(&text) {
                    Ok(t) => t,
                    Err(e) => {
                        let line = e.span().map_or(1, |s| line_at(s.start));
                        self.diags
                            .error(&shown, line, format!("bad TOML: {}", e.message()));
                        continue;
                    }
                };
            for (id, tr) in tables {
                let line = line_at(id.span().start);
                let Some(&i) = index.get(id.get_ref()) else {
                    self.diags.error(
                        &shown,
                        line,
                        format!("no entry has the id {:?}", id.get_ref()),
                    );
                    continue;
                };
                let tr = tr.into_inner();
                let entry = &mut self.kb.entries[i];
                let mut conflicts = Vec::new();
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
                    match map.entry(lang) {
                        std::collections::btree_map::Entry::Occupied(_) => conflicts.push(what),
                        std::collections::btree_map::Entry::Vacant(_)
                            if what == "summary" && value.chars().count() > MAX_SUMMARY_CHARS =>
                        {
                            conflicts.push("summary (too long)")
                        }
                        std::collections::btree_map::Entry::Vacant(slot) => {
                            slot.insert(value);
                        }
                    }
                }
                entry.keywords.entry(lang).or_default().extend(tr.keywords);
                entry.questions.entry(lang).or_default().extend(tr.questions);
                for what in conflicts {
                    let msg = if what.ends_with("(too long)") {
                        format!(
                            "the summary of {:?} is over {MAX_SUMMARY_CHARS} characters",
                            id.get_ref()
                        )
                    } else {
                        format!(
                            "{what} of {:?} in {lang} is also in the entry's own file; keep it in one place",
                            id.get_ref()
                        )
                    };
                    self.diags.error(&shown, line, msg);
                }
            }
        }
        Ok(())
    }

    fn warn_missing_translations(&mut self) {
        for e in &self.kb.entries {
            let shown = self.shown.join(&e.file);
            let missing: Vec<&str> = Lang::ALL
                .iter()
                .filter(|l| !(e.title.contains_key(l) && e.summary.contains_key(l)))
                .map(|l| l.code())
                .collect();
            if missing.contains(&"hi") {
                self.diags.warning(
                    &shown,
                    1,
                    format!("{:?} has no Hindi title and summary", e.id),
                );
            }
            let partial: Vec<&str> = Lang::ALL
                .iter()
                .filter(|l| e.title.contains_key(l) != e.summary.contains_key(l))
                .map(|l| l.code())
                .collect();
            if !partial.is_empty() {
                self.diags.warning(
                    &shown,
                    1,
                    format!(
                        "{:?} has a title without a summary (or the reverse) in: {}",
                        e.id,
                        partial.join(", ")
                    ),
                );
            }
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    #[serde(default)]
    related: Vec<Spanned<String>>,
    reviewed: Option<Spanned<toml::value::Datetime>>,
    source: Option<Spanned<RawSource>>,
    #[serde(default)]
    title: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    summary: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    keywords: BTreeMap<Spanned<String>, Vec<String>>,
    #[serde(default)]
    questions: BTreeMap<Spanned<String>, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    cite: Option<String>,
    url: Option<String>,
}

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

/// A stable id: lowercase ASCII letters and digits in groups joined by single '-'.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// "a| b |c" → ["a", "b", "c"], empty parts dropped.
fn split_list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
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

/// FNV-1a, a small stable hash for the knowledge fingerprint.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        // Separate consecutive writes so ("ab","c") and ("a","bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}
