//! The tantivy index and the query path. See the module documentation of `search`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument, Term};

use super::SearchError;
use super::analyzer::{self, IndicTokenizer, TOKENIZER_NAME};
use super::vocab::Vocabulary;
use crate::knowledge::{HsCode, KnowledgeBase};
use crate::lang::Lang;

/// Bump when the schema or what goes into a document changes, so saved indexes are rebuilt.
const SCHEMA_VERSION: u32 = 1;

/// Field boosts: title > keywords > summary > body.
const BOOSTS: [f32; 4] = [4.0, 3.0, 1.5, 1.0];

/// At most this many words of a question are read (a 4,096-character message is cut here).
const MAX_QUERY_WORDS: usize = 48;

/// How many hits tantivy returns for re-ranking.
const CANDIDATES: usize = 40;

/// What a search hit points at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DocKey {
    /// Index into `KnowledgeBase::entries`.
    Entry(usize),
    Hs(HsCode),
    /// Index into `KnowledgeBase::products`.
    Product(usize),
    /// Index into `KnowledgeBase::districts`.
    District(usize),
}

/// One ranked result.
#[derive(Debug, Clone)]
pub struct Hit {
    pub key: DocKey,
    /// Ranking score (BM25 re-ranked by coverage and kind); only comparable within one search.
    pub score: f32,
    /// 0..=1, see `search::Confidence`.
    pub confidence: f32,
}

/// The result of a search.
#[derive(Debug, Clone, Default)]
pub struct SearchOutcome {
    /// Best first.
    pub hits: Vec<Hit>,
    /// The question asks for an HS code ("hs", "hsn", "एचएस" ...).
    pub hs_intent: bool,
    /// How many topic words the question had after stopwords were dropped.
    pub topic_words: usize,
}

impl SearchOutcome {
    pub fn confidence(&self) -> f32 {
        self.hits.first().map_or(0.0, |h| h.confidence)
    }
}

struct DocInfo {
    key: DocKey,
    /// Sorted ids of the stems the document holds.
    terms: Vec<u32>,
}

#[derive(Clone, Copy)]
struct Fields {
    text: [Field; 4],
    ord: Field,
}

/// The searchable form of a knowledge base.
pub struct SearchIndex {
    reader: IndexReader,
    fields: Fields,
    docs: Vec<DocInfo>,
    term_ids: HashMap<String, u32>,
    /// Term id → stem.
    terms: Vec<String>,
    df: Vec<u32>,
    vocab: Vocabulary,
    stopwords: std::collections::HashSet<String>,
    generic: std::collections::HashSet<String>,
    hs_intent: std::collections::HashSet<String>,
    /// Where the index lives on disk (None: in memory).
    pub path: Option<PathBuf>,
}

/// The text of one document, per field.
struct DocText {
    key: DocKey,
    fields: [String; 4],
    curated: bool,
}

fn documents(kb: &KnowledgeBase) -> Vec<DocText> {
    let mut docs =
        Vec::with_capacity(kb.entries.len() + kb.hs.len() + kb.products.len() + kb.districts.len());
    let join = |it: &mut dyn Iterator<Item = &String>| {
        it.map(String::as_str).collect::<Vec<_>>().join("\n")
    };
    for (i, e) in kb.entries.iter().enumerate() {
        let mut keywords: Vec<String> = e.keywords.values().flatten().cloned().collect();
        keywords.push(e.id.replace('-', " "));
        docs.push(DocText {
            key: DocKey::Entry(i),
            fields: [
                join(&mut e.title.values()),
                keywords.join("\n"),
                join(&mut e.summary.values()),
                join(&mut e.body.values()),
            ],
            curated: true,
        });
    }
    for (i, p) in kb.products.iter().enumerate() {
        let mut names: Vec<String> = p.names.values().flatten().cloned().collect();
        names.extend(p.romanised.iter().cloned());
        let hs: Vec<String> =
            p.hs.iter()
                .filter_map(|c| kb.hs.get(c))
                .map(|l| l.display.clone())
                .collect();
        docs.push(DocText {
            key: DocKey::Product(i),
            fields: [
                names.join("\n"),
                String::new(),
                hs.join("\n"),
                String::new(),
            ],
            curated: true,
        });
    }
    for (i, d) in kb.districts.iter().enumerate() {
        let mut names = vec![d.display_name()];
        names.extend(d.aliases.iter().cloned());
        names.extend(d.names.values().cloned());
        docs.push(DocText {
            key: DocKey::District(i),
            fields: [
                names.join("\n"),
                d.display_state(),
                d.products.join("\n"),
                String::new(),
            ],
            curated: true,
        });
    }
    for line in kb.hs.values() {
        docs.push(DocText {
            key: DocKey::Hs(line.code.clone()),
            fields: [
                line.display.clone(),
                String::new(),
                String::new(),
                String::new(),
            ],
            curated: false,
        });
    }
    docs
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let opts = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER_NAME)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let text =
        ["title", "keywords", "summary", "body"].map(|name| b.add_text_field(name, opts.clone()));
    let ord = b.add_u64_field("ord", FAST | STORED);
    (b.build(), Fields { text, ord })
}

impl SearchIndex {
    /// Builds the index in memory.
    pub fn build_in_ram(kb: &KnowledgeBase) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        Self::finish(kb, index, fields, true, None)
    }

    /// Opens the index saved for this knowledge base under `dir`, or builds and saves it.
    /// Each knowledge fingerprint has its own sub-folder; a new one is built beside the old
    /// and renamed into place when complete, so a reader never sees half an index.
    pub fn open_or_build(kb: &KnowledgeBase, dir: &Path) -> Result<SearchIndex, SearchError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| SearchError::Io { path, source }
        };
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let name = format!("kb-{:016x}-v{SCHEMA_VERSION}", kb.fingerprint);
        let target = dir.join(&name);
        let (_, fields) = schema();
        if target.join("meta.json").exists() {
            if let Ok(index) = Index::open_in_dir(&target) {
                match Self::finish(kb, index, fields, false, Some(target.clone())) {
                    Ok(opened) if opened.num_docs() == opened.docs.len() as u64 => {
                        Self::remove_stale(dir, &name);
                        return Ok(opened);
                    }
                    _ => {
                        tracing::warn!(path = %target.display(), "saved index unusable; rebuilding")
                    }
                }
            }
            let _ = std::fs::remove_dir_all(&target);
        }
        let building = dir.join(format!(".building-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&building);
        std::fs::create_dir_all(&building).map_err(io(&building))?;
        let (schema, fields) = schema();
        let index = Index::create_in_dir(&building, schema)?;
        Self::finish(kb, index, fields, true, None)?;
        if let Err(e) = std::fs::rename(&building, &target) {
            // Another process may have finished the same index first; use theirs.
            let _ = std::fs::remove_dir_all(&building);
            if !target.join("meta.json").exists() {
                return Err(io(&target)(e));
            }
        }
        let index = Index::open_in_dir(&target)?;
        let opened = Self::finish(kb, index, fields, false, Some(target))?;
        Self::remove_stale(dir, &name);
        Ok(opened)
    }

    fn remove_stale(dir: &Path, keep: &str) {
        let Ok(read) = std::fs::read_dir(dir) else {
            return;
        };
        for item in read.flatten() {
            let n = item.file_name().to_string_lossy().to_string();
            if n.starts_with("kb-") && n != keep {
                let _ = std::fs::remove_dir_all(item.path());
            }
        }
    }

    fn finish(
        kb: &KnowledgeBase,
        index: Index,
        fields: Fields,
        write: bool,
        path: Option<PathBuf>,
    ) -> Result<SearchIndex, SearchError> {
        index.tokenizers().register(TOKENIZER_NAME, IndicTokenizer);
        let texts = documents(kb);
        let mut term_ids: HashMap<String, u32> = HashMap::new();
        let mut df: Vec<u32> = Vec::new();
        let mut vocab = Vocabulary::default();
        let mut docs = Vec::with_capacity(texts.len());
        let mut writer = if write {
            Some(index.writer_with_num_threads(1, 60_000_000)?)
        } else {
            None
        };
        for (ord, t) in texts.into_iter().enumerate() {
            let mut surface: Vec<String> =
                t.fields.iter().flat_map(|f| analyzer::words(f)).collect();
            surface.sort();
            surface.dedup();
            let mut terms: Vec<u32> = Vec::with_capacity(surface.len());
            for w in &surface {
                vocab.add(w, t.curated);
                let s = analyzer::stem(w);
                let next = term_ids.len() as u32;
                let id = *term_ids.entry(s).or_insert(next);
                if id == next {
                    df.push(0);
                }
                terms.push(id);
            }
            terms.sort_unstable();
            terms.dedup();
            for &id in &terms {
                df[id as usize] += 1;
            }
            if let Some(w) = writer.as_mut() {
                let mut doc = TantivyDocument::default();
                for (field, text) in fields.text.iter().zip(&t.fields) {
                    if !text.is_empty() {
                        doc.add_text(*field, text);
                    }
                }
                doc.add_u64(fields.ord, ord as u64);
                w.add_document(doc)?;
            }
            docs.push(DocInfo { key: t.key, terms });
        }
        if let Some(mut w) = writer {
            w.commit()?;
            w.wait_merging_threads()?;
        }
        vocab.finish();
        let mut terms = vec![String::new(); term_ids.len()];
        for (s, &id) in &term_ids {
            terms[id as usize] = s.clone();
        }
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            reader,
            fields,
            docs,
            term_ids,
            terms,
            df,
            vocab,
            stopwords: kb.lexicon.stopwords.clone(),
            generic: kb.lexicon.generic.clone(),
            hs_intent: kb.lexicon.hs_intent.clone(),
            path,
        })
    }

    /// Documents in the tantivy index.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Distinct surface words known to the index.
    pub fn vocabulary_size(&self) -> usize {
        self.vocab.len()
    }

    fn idf(&self, term: u32) -> f32 {
        let n = self.docs.len().max(1) as f32;
        (1.0 + n / self.df[term as usize].max(1) as f32).ln()
    }

    /// Searches for a question. Never fails on user text: any input gives hits or none.
    pub fn search(&self, question: &str, _lang: Lang) -> SearchOutcome {
        let mut outcome = SearchOutcome::default();
        let groups = self.analyze_question(question, &mut outcome.hs_intent);
        outcome.topic_words = groups.iter().filter(|g| !g.generic).count();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for g in &groups {
            let factor = match (g.generic, g.how) {
                (true, _) => 0.3,
                (false, How::Exact) => 1.0,
                (false, How::Corrected) => 0.8,
                (false, How::Prefix) => 0.7,
                (false, How::Unknown) => continue,
            };
            for &term in &g.terms {
                let Some(stem) = self.term_text(term) else {
                    continue;
                };
                for (field, boost) in self.fields.text.iter().zip(BOOSTS) {
                    let q = TermQuery::new(
                        Term::from_field_text(*field, stem),
                        IndexRecordOption::WithFreqs,
                    );
                    clauses.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(q), boost * factor)),
                    ));
                }
            }
        }
        if clauses.is_empty() {
            return outcome;
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let Ok(top) = searcher.search(&query, &TopDocs::with_limit(CANDIDATES).order_by_score())
        else {
            return outcome;
        };
        let best = top.first().map_or(1.0, |(s, _)| *s).max(f32::EPSILON);
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            let ord = searcher
                .segment_reader(addr.segment_ord)
                .fast_fields()
                .u64("ord")
                .ok()
                .and_then(|col| col.first(addr.doc_id));
            let Some(info) = ord.and_then(|o| self.docs.get(o as usize)) else {
                continue;
            };
            let coverage = coverage(&groups, info);
            let (rank_prior, conf_prior) = priors(&info.key, outcome.hs_intent);
            let rank = (score / best) * (0.25 + coverage).powi(2) * rank_prior;
            hits.push(Hit {
                key: info.key.clone(),
                score: rank,
                confidence: (coverage * conf_prior).min(1.0),
            });
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        hits.truncate(10);
        outcome.hits = hits;
        outcome
    }

    fn term_text(&self, id: u32) -> Option<&str> {
        self.terms.get(id as usize).map(String::as_str)
    }

    fn analyze_question(&self, question: &str, hs_intent: &mut bool) -> Vec<Group> {
        let mut groups: Vec<Group> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for word in analyzer::words(question).into_iter().take(MAX_QUERY_WORDS) {
            if !seen.insert(word.clone()) {
                continue;
            }
            if self.hs_intent.contains(&word) {
                *hs_intent = true;
                continue;
            }
            let latin = word.chars().all(|c| c.is_ascii_alphanumeric());
            if self.stopwords.contains(&word)
                || (latin && word.chars().count() < 2)
                || word.chars().all(|c| c.is_ascii_digit())
            {
                continue;
            }
            let generic = self.generic.contains(&word);
            let exact = analyzer::stem(&word);
            let (how, terms) = if let Some(&id) = self.term_ids.get(&exact) {
                (How::Exact, vec![id])
            } else {
                let repaired = if latin {
                    self.vocab.corrections(&word)
                } else {
                    Vec::new()
                };
                let (how, candidates) = if !repaired.is_empty() {
                    (How::Corrected, repaired)
                } else {
                    (How::Prefix, self.vocab.prefix_matches(&word))
                };
                let ids: Vec<u32> = candidates
                    .iter()
                    .filter(|c| !self.stopwords.contains(*c))
                    .filter_map(|c| self.term_ids.get(&analyzer::stem(c)).copied())
                    .collect();
                if ids.is_empty() {
                    (How::Unknown, ids)
                } else {
                    (how, ids)
                }
            };
            let generic = generic
                || (how != How::Exact
                    && terms
                        .iter()
                        .any(|&t| self.term_text(t).is_some_and(|s| self.generic.contains(s))));
            let weight = if terms.is_empty() {
                (1.0 + self.docs.len() as f32).ln()
            } else {
                terms.iter().map(|&t| self.idf(t)).fold(0.0, f32::max)
            };
            groups.push(Group {
                terms,
                how,
                generic,
                weight,
            });
        }
        // A question made only of generic words ("export?") is judged on those.
        if groups.iter().all(|g| g.generic) {
            for g in &mut groups {
                g.generic = false;
            }
        }
        groups
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum How {
    Exact,
    Corrected,
    Prefix,
    Unknown,
}

/// One word of the question and the index terms it stands for.
#[derive(Debug)]
struct Group {
    terms: Vec<u32>,
    how: How,
    generic: bool,
    weight: f32,
}

/// The IDF-weighted share of the question's topic words found in the document.
/// Generic words count a sixth; words unknown to the knowledge base count half, against.
fn coverage(groups: &[Group], doc: &DocInfo) -> f32 {
    let mut found = 0.0;
    let mut total = 0.0;
    for g in groups {
        let w = if g.generic { g.weight / 6.0 } else { g.weight };
        if g.how == How::Unknown {
            total += w * 0.5;
            continue;
        }
        total += w;
        if g.terms.iter().any(|t| doc.terms.binary_search(t).is_ok()) {
            found += w;
        }
    }
    if total > 0.0 { found / total } else { 0.0 }
}

/// (ranking prior, confidence prior) by kind of document: HS lines and products rank high
/// when the question asks for an HS code, and lower otherwise.
fn priors(key: &DocKey, hs_intent: bool) -> (f32, f32) {
    match (key, hs_intent) {
        (DocKey::Entry(_), _) => (1.0, 1.0),
        (DocKey::District(_), _) => (1.0, 1.0),
        (DocKey::Product(_), true) => (1.6, 1.0),
        (DocKey::Product(_), false) => (0.9, 0.95),
        (DocKey::Hs(_), true) => (1.0, 1.0),
        (DocKey::Hs(_), false) => (0.5, 0.85),
    }
}
