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
const SCHEMA_VERSION: u32 = 5;

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
    /// Evidence for `search::calibration`: the share of the question's topic weight found in
    /// the document's title or keywords (0..=1).
    pub strong: f32,
    /// How well one title line states the question (0..=1).
    pub title: f32,
    /// The rarest known topic word of the question: 1 in the title or keywords, 0.5 only
    /// elsewhere in the document, 0 absent.
    pub rarest: f32,
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
    /// Evidence for `search::calibration`: words read (stopwords dropped), of them unknown to
    /// the knowledge base, and repaired (typo or inflection).
    pub words: usize,
    pub unknown_words: usize,
    pub repaired_words: usize,
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
    /// Sorted ids of the stems of its title and keywords: words it is *about*.
    strong: Vec<u32>,
    /// Each title line (one per language or name) as sorted stem ids, with its count of
    /// words that are not stopwords.
    titles: Vec<(Vec<u32>, usize, f32)>,
}

#[derive(Clone, Copy)]
struct Fields {
    text: [Field; 4],
    ord: Field,
}

/// The kinds of document, each in its own tantivy index: BM25 averages field lengths over all
/// documents of an index, and 22,000 HS lines with one short field would make every entry's
/// keywords and summary look enormously long.
const FAMILIES: [&str; 4] = ["entries", "products", "districts", "hs"];

fn family_of(key: &DocKey) -> usize {
    match key {
        DocKey::Entry(_) => 0,
        DocKey::Product(_) => 1,
        DocKey::District(_) => 2,
        DocKey::Hs(_) => 3,
    }
}

/// A keyword names its entry's topic a little less surely than a title does (keywords also
/// list places and products the entry mentions).
const KEYWORD_LINE: f32 = 0.8;

/// How many candidates each family returns for re-ranking.
const CANDIDATES_PER_FAMILY: [usize; 4] = [CANDIDATES, 15, 10, CANDIDATES];

/// The searchable form of a knowledge base.
pub struct SearchIndex {
    readers: Vec<IndexReader>,
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

/// What a district's card is about, in every language ("district", "export products"), so a
/// question that names a district and asks for its products finds the card whole.
const DISTRICT_CARD: &str = "district export products\nजिला जिले निर्यात उत्पाद\nজেলা রপ্তানি পণ্য\n\
    மாவட்டம் மாவட்ட ஏற்றுமதி பொருட்கள்\nజిల్లా ఎగుమతి ఉత్పత్తులు\nजिल्हा निर्यात उत्पादने\n\
    જિલ્લો જિલ્લા નિકાસ ઉત્પાદનો\nಜಿಲ್ಲೆ ರಫ್ತು ಉತ್ಪನ್ನಗಳು\nജില്ല കയറ്റുമതി ഉൽപ്പന്നങ്ങൾ\n\
    ਜ਼ਿਲ੍ਹਾ ਨਿਰਯਾਤ ਉਤਪਾਦ\nଜିଲ୍ଲା ରପ୍ତାନି ଉତ୍ପାଦ";

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
                format!("{}\n{DISTRICT_CARD}", d.display_state()),
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
        let indexes = FAMILIES
            .iter()
            .map(|_| Index::create_in_ram(schema().0))
            .collect();
        Self::finish(kb, indexes, true, None)
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
        if target.join(FAMILIES[3]).join("meta.json").exists() {
            match Self::open_dir(kb, &target) {
                Ok(opened) => {
                    Self::remove_stale(dir, &name);
                    return Ok(opened);
                }
                Err(e) => {
                    tracing::warn!(path = %target.display(), error = %e, "saved index unusable; rebuilding")
                }
            }
            let _ = std::fs::remove_dir_all(&target);
        }
        let building = dir.join(format!(".building-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&building);
        let mut indexes = Vec::new();
        for family in FAMILIES {
            let sub = building.join(family);
            std::fs::create_dir_all(&sub).map_err(io(&sub))?;
            indexes.push(Index::create_in_dir(&sub, schema().0)?);
        }
        Self::finish(kb, indexes, true, None)?;
        if let Err(e) = std::fs::rename(&building, &target) {
            // Another process may have finished the same index first; use theirs.
            let _ = std::fs::remove_dir_all(&building);
            if !target.join(FAMILIES[3]).join("meta.json").exists() {
                return Err(io(&target)(e));
            }
        }
        let opened = Self::open_dir(kb, &target)?;
        Self::remove_stale(dir, &name);
        Ok(opened)
    }

    fn open_dir(kb: &KnowledgeBase, target: &Path) -> Result<SearchIndex, SearchError> {
        let indexes = FAMILIES
            .iter()
            .map(|f| Index::open_in_dir(target.join(f)))
            .collect::<Result<Vec<_>, _>>()?;
        let opened = Self::finish(kb, indexes, false, Some(target.to_path_buf()))?;
        if opened.num_docs() != opened.docs.len() as u64 {
            return Err(SearchError::Tantivy(
                tantivy::TantivyError::InvalidArgument(
                    "saved index does not match the knowledge base".into(),
                ),
            ));
        }
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
        indexes: Vec<Index>,
        write: bool,
        path: Option<PathBuf>,
    ) -> Result<SearchIndex, SearchError> {
        let fields = schema().1;
        for index in &indexes {
            index.tokenizers().register(TOKENIZER_NAME, IndicTokenizer);
        }
        let texts = documents(kb);
        let mut term_ids: HashMap<String, u32> = HashMap::new();
        let mut df: Vec<u32> = Vec::new();
        let mut vocab = Vocabulary::default();
        let mut docs = Vec::with_capacity(texts.len());
        let mut writers = Vec::new();
        if write {
            for index in &indexes {
                writers.push(index.writer_with_num_threads(1, 30_000_000)?);
            }
        }
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
            let ids_of = |words: &[String]| -> Vec<u32> {
                let mut v: Vec<u32> = words
                    .iter()
                    .filter_map(|w| term_ids.get(&analyzer::stem(w)).copied())
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            let strong = ids_of(&analyzer::words(&format!(
                "{}\n{}",
                t.fields[0], t.fields[1]
            )));
            // Names of the topic: title lines, and for entries each keyword (an entry about
            // RoDTEP has the keyword "rodtep" even when its titles spell the scheme out).
            let keyword_lines = if matches!(t.key, DocKey::Entry(_)) {
                t.fields[1].as_str()
            } else {
                ""
            };
            let titles: Vec<(Vec<u32>, usize, f32)> = t.fields[0]
                .lines()
                .map(|l| (l, 1.0))
                .chain(keyword_lines.lines().map(|l| (l, KEYWORD_LINE)))
                .filter(|(l, _)| !l.trim().is_empty())
                .map(|(l, weight)| {
                    let words = analyzer::words(l);
                    let ids = ids_of(&words);
                    let content = words
                        .iter()
                        .filter(|w| !kb.lexicon.stopwords.contains(*w))
                        .count()
                        .max(1);
                    (ids, content, weight)
                })
                .collect();
            for &id in &terms {
                df[id as usize] += 1;
            }
            if let Some(w) = writers.get_mut(family_of(&t.key)) {
                let mut doc = TantivyDocument::default();
                for (field, text) in fields.text.iter().zip(&t.fields) {
                    if !text.is_empty() {
                        doc.add_text(*field, text);
                    }
                }
                doc.add_u64(fields.ord, ord as u64);
                w.add_document(doc)?;
            }
            docs.push(DocInfo {
                key: t.key,
                terms,
                strong,
                titles,
            });
        }
        for mut w in writers {
            w.commit()?;
            w.wait_merging_threads()?;
        }
        vocab.finish();
        let mut terms = vec![String::new(); term_ids.len()];
        for (s, &id) in &term_ids {
            terms[id as usize] = s.clone();
        }
        let readers = indexes
            .iter()
            .map(|index| {
                index
                    .reader_builder()
                    .reload_policy(ReloadPolicy::Manual)
                    .try_into()
            })
            .collect::<Result<Vec<IndexReader>, _>>()?;
        Ok(SearchIndex {
            readers,
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

    /// Documents in the tantivy indexes.
    pub fn num_docs(&self) -> u64 {
        self.readers.iter().map(|r| r.searcher().num_docs()).sum()
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
        outcome.words = groups.len();
        outcome.unknown_words = groups.iter().filter(|g| g.how == How::Unknown).count();
        outcome.repaired_words = groups
            .iter()
            .filter(|g| matches!(g.how, How::Corrected | How::Prefix))
            .count();
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
        let mut hits = Vec::new();
        for (family, reader) in self.readers.iter().enumerate() {
            let searcher = reader.searcher();
            let collector = TopDocs::with_limit(CANDIDATES_PER_FAMILY[family]).order_by_score();
            let Ok(top) = searcher.search(&query, &collector) else {
                continue;
            };
            // BM25 is comparable only within one index: scale each family to its best.
            let best = top.first().map_or(1.0, |(s, _)| *s).max(f32::EPSILON);
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
                let in_title = title_coverage(&groups, info);
                let (rank_prior, conf_prior) = priors(&info.key, outcome.hs_intent);
                let rank = (score / best).powf(0.35)
                    * (0.25 + coverage).powi(2)
                    * rank_prior
                    * (1.0 + in_title);
                let (strong, rarest) = strong_evidence(&groups, info);
                hits.push(Hit {
                    key: info.key.clone(),
                    score: rank,
                    confidence: (coverage * conf_prior).min(1.0),
                    strong,
                    title: in_title,
                    rarest,
                });
            }
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        hits.truncate(10);
        outcome.hits = hits;
        outcome
    }

    fn term_text(&self, id: u32) -> Option<&str> {
        self.terms.get(id as usize).map(String::as_str)
    }

    /// How a question is read: each word, whether it was dropped, repaired or unknown, and
    /// its weight. For `ask --explain`.
    pub fn explain(&self, question: &str) -> Vec<String> {
        let mut hs = false;
        let groups = self.analyze_question(question, &mut hs);
        let mut out: Vec<String> = groups
            .iter()
            .map(|g| {
                let terms: Vec<&str> = g.terms.iter().filter_map(|&t| self.term_text(t)).collect();
                format!(
                    "{:<12} {:?}{} weight {:.2} -> {}",
                    g.word,
                    g.how,
                    if g.generic { " generic" } else { "" },
                    g.weight,
                    terms.join(" | ")
                )
            })
            .collect();
        if hs {
            out.push("asks for an HS code".into());
        }
        out
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
            if self.stopwords.contains(&word) || word.chars().all(|c| c.is_ascii_digit()) {
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
                latin,
                word,
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
    word: String,
    latin: bool,
    terms: Vec<u32>,
    how: How,
    generic: bool,
    weight: f32,
}

/// The IDF-weighted share of the question's topic words found in the document: a word in
/// its title or keywords counts whole, a word only in its summary or body counts half.
/// Generic words count a sixth; words unknown to the knowledge base count against, half
/// (0.3 for words of Indian scripts).
fn coverage(groups: &[Group], doc: &DocInfo) -> f32 {
    let mut found = 0.0;
    let mut total = 0.0;
    for g in groups {
        let w = if g.generic { g.weight / 6.0 } else { g.weight };
        if g.how == How::Unknown {
            // Our vocabulary of Indian languages is thinner than of English: an unknown word
            // there is more often a verb form than a sign of another topic.
            total += w * if g.latin { 0.5 } else { 0.3 };
            continue;
        }
        total += w;
        if g.terms.iter().any(|t| doc.strong.binary_search(t).is_ok()) {
            found += w;
        } else if g.terms.iter().any(|t| doc.terms.binary_search(t).is_ok()) {
            found += w * 0.5;
        }
    }
    if total > 0.0 { found / total } else { 0.0 }
}

/// Evidence for calibration: the share of the topic words' weight found in the document's
/// title or keywords, and how the rarest known topic word is found (1 there, 0.5 elsewhere).
fn strong_evidence(groups: &[Group], doc: &DocInfo) -> (f32, f32) {
    let (mut total, mut strong) = (0.0, 0.0);
    let mut rarest: Option<(f32, f32)> = None;
    for g in groups
        .iter()
        .filter(|g| !g.generic && g.how != How::Unknown)
    {
        let found = if g.terms.iter().any(|t| doc.strong.binary_search(t).is_ok()) {
            1.0
        } else if g.terms.iter().any(|t| doc.terms.binary_search(t).is_ok()) {
            0.5
        } else {
            0.0
        };
        total += g.weight;
        if found == 1.0 {
            strong += g.weight;
        }
        if rarest.is_none_or(|(w, _)| g.weight > w) {
            rarest = Some((g.weight, found));
        }
    }
    let share = if total > 0.0 { strong / total } else { 0.0 };
    (share, rarest.map_or(0.0, |r| r.1))
}

/// How well one title line of the document states the question: the weighted share of the
/// question's words in the best-matching line (generic words count a third), times how much
/// of the line the question accounts for (long titles hold many words without being about
/// each). 0..=1.
fn title_coverage(groups: &[Group], doc: &DocInfo) -> f32 {
    let weight = |g: &Group| if g.generic { g.weight / 3.0 } else { g.weight };
    let total: f32 = groups
        .iter()
        .filter(|g| g.how != How::Unknown)
        .map(weight)
        .sum();
    if total <= 0.0 {
        return 0.0;
    }
    doc.titles
        .iter()
        .map(|(ids, len, line_weight)| {
            let found: f32 = groups
                .iter()
                .filter(|g| {
                    g.how != How::Unknown && g.terms.iter().any(|t| ids.binary_search(t).is_ok())
                })
                .map(weight)
                .sum();
            // Precision: how much of the line the question accounts for ("chawal" states
            // "chawal" better than "chawal ka atta").
            let matched = ids
                .iter()
                .filter(|id| {
                    groups
                        .iter()
                        .any(|g| g.how != How::Unknown && g.terms.contains(id))
                })
                .count();
            let precision = (matched as f32 / *len as f32).min(1.0);
            found / total * (0.25 + 0.75 * precision) * line_weight
        })
        .fold(0.0, f32::max)
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
        // Raw HS descriptions mention everyday words ("novelty jokes", "footballs"): without
        // a question for a code they can rank, but never answer on their own.
        (DocKey::Hs(_), false) => (0.5, 0.55),
    }
}
