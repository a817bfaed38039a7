//! The tantivy index and the query path. See the module documentation of `search`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument, Term};

use super::analyzer::{self, IndicTokenizer, TOKENIZER_NAME};
use super::translit;
use super::vocab::Vocabulary;
use super::vocab::Work;
use super::{
    MAX_CLAUSES, MAX_QUERY_TERMS, MAX_QUERY_WORDS, MAX_QUESTION_BYTES, MAX_TERMS_PER_WORD,
    MAX_WORD_CHARS, QueryPlan, SearchError,
};
use crate::knowledge::{HsCode, KnowledgeBase};
use crate::lang::Lang;

/// Bump when the schema or what goes into a document changes, so saved indexes are rebuilt.
const SCHEMA_VERSION: u32 = 6;

/// The text fields of every document, in this order everywhere (`DocText::fields`,
/// `Fields::text`, [`BOOSTS`], [`MatchedField`]).
const FIELD_NAMES: [&str; 5] = ["title", "keywords", "questions", "summary", "body"];

/// Field boosts: title > questions > keywords > summary > body. A user's question is matched
/// against the entry's own paraphrases of it nearly as surely as against its title.
const BOOSTS: [f32; 5] = [4.0, 3.0, 3.5, 1.5, 1.0];

/// Indexes into the field arrays.
const TITLE: usize = 0;
const KEYWORDS: usize = 1;
const QUESTIONS: usize = 2;

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
    /// How the document matches the question, as plain numbers (for calibrated confidence).
    pub evidence: Evidence,
}

/// The field of a document that holds the largest share of the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[repr(u8)]
pub enum MatchedField {
    /// No word of the question is in the document.
    #[default]
    None = 0,
    Title = 1,
    Keywords = 2,
    /// The entry's paraphrases of how people ask it.
    Questions = 3,
    Summary = 4,
    Body = 5,
}

impl MatchedField {
    /// 0 none, 1 title, 2 keywords, 3 questions, 4 summary, 5 body.
    pub fn as_number(self) -> u8 {
        self as u8
    }

    /// Title, keywords or questions: the fields that say what a document is about.
    pub fn is_strong(self) -> bool {
        matches!(
            self,
            MatchedField::Title | MatchedField::Keywords | MatchedField::Questions
        )
    }

    fn of_field(i: usize) -> MatchedField {
        [
            MatchedField::Title,
            MatchedField::Keywords,
            MatchedField::Questions,
            MatchedField::Summary,
            MatchedField::Body,
        ][i]
    }
}

/// The evidence behind one hit. Shares are IDF-weighted over the question's known words
/// (generic words at a sixth, unknown words left out: see [`SearchOutcome::unknown_words`]),
/// each 0..=1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Evidence {
    /// The coverage confidence is built from: whole in title/keywords/questions, half in
    /// summary or body, unknown words counting against (see `search::Confidence`).
    pub coverage: f32,
    /// Share of the question's rare words (topic words at least [`RARE_SHARE`] as rare as its
    /// rarest known word) that the document holds in any field.
    pub rare_coverage: f32,
    /// Share of the question found in the title.
    pub title_coverage: f32,
    /// Share found in the keywords.
    pub keyword_coverage: f32,
    /// Share found in the entry's question paraphrases.
    pub question_coverage: f32,
    /// Share found in the summary.
    pub summary_coverage: f32,
    /// Share found in the body.
    pub body_coverage: f32,
    /// Share found in title, keywords or questions together.
    pub strong_coverage: f32,
    /// How well one single title, keyword or question line states the question: its share
    /// of the question times how much of the line the question accounts for.
    pub best_line: f32,
    /// The field holding the largest share (ties: the earlier, stronger field).
    pub matched_field: MatchedField,
    /// The BM25 score scaled to the best of its kind of document (entries, products,
    /// districts, HS lines) in this search: 1 for the best of each.
    pub bm25: f32,
}

/// A topic word counts as rare when its IDF is at least this share of the rarest known word
/// of the question.
pub const RARE_SHARE: f32 = 0.7;

/// The result of a search.
#[derive(Debug, Clone, Default)]
pub struct SearchOutcome {
    /// Best first.
    pub hits: Vec<Hit>,
    /// The question asks for an HS code ("hs", "hsn", "एचएस" ...).
    pub hs_intent: bool,
    /// How many topic words the question had after stopwords were dropped (generic words
    /// not counted, unknown words counted).
    pub topic_words: usize,
    /// Distinct words read from the question (stopwords included; at most
    /// `MAX_QUERY_WORDS`).
    pub query_words: usize,
    /// Topic or generic words the knowledge base does not know, even after repair.
    pub unknown_words: usize,
    /// Words repaired as typos ("certficate" → "certificate").
    pub repaired_words: usize,
    /// Words of an Indian script matched by their stem's prefix ("ஏற்றுமதிக்கு").
    pub inflected_words: usize,
    /// Words matched through another script ("जीएसटी" → "gst", "haldi" → "हल्दी").
    pub transliterated_words: usize,
    /// Generic words ("export", "निर्यात") among the words kept.
    pub generic_words: usize,
    /// The question had more words than are read, or words too long to be words.
    pub truncated: bool,
    /// What the search did, against each bound of `search` (see [`QueryPlan`]).
    pub plan: QueryPlan,
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
    /// Sorted ids of the stems of its title, keywords and questions: words it is *about*.
    strong: Vec<u32>,
    /// Sorted ids of the stems of each field.
    fields: [Vec<u32>; 5],
    /// Each title line (one per language or name) as sorted stem ids, with its count of
    /// words that are not stopwords.
    titles: Vec<(Vec<u32>, usize, f32)>,
}

#[derive(Clone, Copy)]
struct Fields {
    text: [Field; 5],
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

/// A question paraphrase states the topic nearly as surely as a title, but holds more
/// filler ("how do I ...").
const QUESTION_LINE: f32 = 0.9;

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
    fields: [String; 5],
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
                join(&mut e.questions.values().flatten()),
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
                String::new(),
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
    let text = FIELD_NAMES.map(|name| b.add_text_field(name, opts.clone()));
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
            let field_ids: [Vec<u32>; 5] =
                std::array::from_fn(|f| ids_of(&analyzer::words(&t.fields[f])));
            let mut strong: Vec<u32> = [TITLE, KEYWORDS, QUESTIONS]
                .iter()
                .flat_map(|&f| field_ids[f].iter().copied())
                .collect();
            strong.sort_unstable();
            strong.dedup();
            // Names of the topic: title lines, and for entries each keyword (an entry about
            // RoDTEP has the keyword "rodtep" even when its titles spell the scheme out) and
            // each way people ask for it.
            let keyword_lines = if matches!(t.key, DocKey::Entry(_)) {
                t.fields[KEYWORDS].as_str()
            } else {
                ""
            };
            let titles: Vec<(Vec<u32>, usize, f32)> = t.fields[TITLE]
                .lines()
                .map(|l| (l, 1.0))
                .chain(keyword_lines.lines().map(|l| (l, KEYWORD_LINE)))
                .chain(t.fields[QUESTIONS].lines().map(|l| (l, QUESTION_LINE)))
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
                fields: field_ids,
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
        let groups = self.analyze_question(question, &mut outcome);
        outcome.topic_words = groups.iter().filter(|g| !g.generic).count();
        let count = |how: How| groups.iter().filter(|g| g.how == how).count();
        outcome.unknown_words = count(How::Unknown);
        outcome.repaired_words = count(How::Corrected);
        outcome.inflected_words = count(How::Prefix);
        outcome.transliterated_words = count(How::Transliterated);
        outcome.generic_words = groups.iter().filter(|g| g.generic).count();
        let rare_floor = groups
            .iter()
            .filter(|g| !g.generic && g.how != How::Unknown)
            .map(|g| g.weight)
            .fold(0.0, f32::max)
            * RARE_SHARE;
        let clauses = self.clauses(&groups);
        outcome.plan.clauses = clauses.len();
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
                let bm25 = score / best;
                let rank =
                    bm25.powf(0.35) * (0.25 + coverage).powi(2) * rank_prior * (1.0 + in_title);
                let evidence = evidence(&groups, info, rare_floor, coverage, in_title, bm25);
                hits.push(Hit {
                    key: info.key.clone(),
                    score: rank,
                    confidence: (coverage * conf_prior).min(1.0),
                    evidence,
                });
            }
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        hits.truncate(10);
        outcome.hits = hits;
        outcome
    }

    /// The size of the query plan for a question, without running it: what
    /// [`SearchIndex::search`] would read, repair and ask tantivy for.
    pub fn query_plan(&self, question: &str) -> QueryPlan {
        let mut outcome = SearchOutcome::default();
        let groups = self.analyze_question(question, &mut outcome);
        outcome.plan.clauses = self.clauses(&groups).len();
        outcome.plan
    }

    /// One boosted term query per term of each word and field; each term once (a word's
    /// repair may share a term with another word), at most [`MAX_CLAUSES`].
    fn clauses(&self, groups: &[Group]) -> Vec<(Occur, Box<dyn Query>)> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut done = std::collections::HashSet::new();
        for g in groups {
            let factor = match (g.generic, g.how) {
                (true, _) => 0.3,
                (false, How::Exact) => 1.0,
                (false, How::Corrected) => 0.8,
                (false, How::Transliterated) => 0.8,
                (false, How::Prefix) => 0.7,
                (false, How::Unknown) => continue,
            };
            for &term in &g.terms {
                let Some(stem) = self.term_text(term) else {
                    continue;
                };
                if !done.insert(term) {
                    continue;
                }
                for (field, boost) in self.fields.text.iter().zip(BOOSTS) {
                    if clauses.len() >= MAX_CLAUSES {
                        return clauses;
                    }
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
        clauses
    }

    fn term_text(&self, id: u32) -> Option<&str> {
        self.terms.get(id as usize).map(String::as_str)
    }

    /// How a question is read: each word, whether it was dropped, repaired or unknown, and
    /// its weight. For `ask --explain`.
    pub fn explain(&self, question: &str) -> Vec<String> {
        let mut outcome = SearchOutcome::default();
        let groups = self.analyze_question(question, &mut outcome);
        let hs = outcome.hs_intent;
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

    fn analyze_question(&self, question: &str, outcome: &mut SearchOutcome) -> Vec<Group> {
        let mut cut = question.len().min(MAX_QUESTION_BYTES);
        while !question.is_char_boundary(cut) {
            cut -= 1;
        }
        outcome.plan.bytes = cut;
        outcome.truncated = cut < question.len();
        let mut groups: Vec<Group> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut all_terms = std::collections::HashSet::new();
        for word in analyzer::words(&question[..cut]) {
            if seen.contains(&word) {
                continue;
            }
            if seen.len() >= MAX_QUERY_WORDS {
                outcome.truncated = true;
                break;
            }
            seen.insert(word.clone());
            outcome.query_words += 1;
            // "एचएस" spelled out is "hs": an HS question in any script.
            let spelled = || {
                word.chars().count() <= MAX_WORD_CHARS
                    && !word.is_ascii()
                    && translit::letter_names(&word)
                        .iter()
                        .any(|r| self.hs_intent.contains(r))
            };
            if self.hs_intent.contains(&word) || spelled() {
                outcome.hs_intent = true;
                continue;
            }
            if self.stopwords.contains(&word) || word.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let chars = word.chars().count();
            let latin = word.chars().all(|c| c.is_ascii_alphanumeric());
            let generic = self.generic.contains(&word);
            let (how, mut terms) = if chars > MAX_WORD_CHARS {
                // Longer than any word: a pasted code or a stuck key. Not stemmed, repaired
                // or matched by prefix.
                outcome.truncated = true;
                (How::Unknown, Vec::new())
            } else if let Some(&id) = self.term_ids.get(&analyzer::stem(&word)) {
                (How::Exact, vec![id])
            } else {
                outcome.plan.longest_repaired = outcome.plan.longest_repaired.max(chars);
                let mut work = Work::default();
                let found = self.repair(&word, latin, &mut work);
                outcome.plan.variants = outcome.plan.variants.max(work.variants);
                outcome.plan.candidates = outcome.plan.candidates.max(work.candidates);
                outcome.plan.scanned = outcome.plan.scanned.max(work.scanned);
                outcome.plan.steps = outcome.plan.steps.max(work.steps);
                found
            };
            terms.truncate(MAX_TERMS_PER_WORD);
            // The query's distinct terms are capped: a word whose terms would pass the cap
            // keeps only those that fit.
            terms.retain(|t| {
                all_terms.contains(t) || (all_terms.len() < MAX_QUERY_TERMS && all_terms.insert(*t))
            });
            let how = if terms.is_empty() { How::Unknown } else { how };
            outcome.plan.terms_per_word = outcome.plan.terms_per_word.max(terms.len());
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
        outcome.plan.words = outcome.query_words;
        outcome.plan.terms = all_terms.len();
        // A question made only of generic words ("export?") is judged on those.
        if groups.iter().all(|g| g.generic) {
            for g in &mut groups {
                g.generic = false;
            }
        }
        groups
    }

    /// Index terms for a word the index does not know: typos of Latin words, else words
    /// sharing its stem (inflected Indic words).
    fn repair(&self, word: &str, latin: bool, work: &mut Work) -> (How, Vec<u32>) {
        let ids = |candidates: Vec<String>| -> Vec<u32> {
            let mut ids: Vec<u32> = Vec::new();
            for c in candidates.iter().filter(|c| !self.stopwords.contains(*c)) {
                if let Some(&id) = self.term_ids.get(&analyzer::stem(c))
                    && !ids.contains(&id)
                {
                    ids.push(id);
                }
            }
            ids
        };
        if latin {
            let found = ids(self.vocab.corrections(word, work));
            if !found.is_empty() {
                return (How::Corrected, found);
            }
            let found = ids(self.vocab.transliterations(word, work));
            if !found.is_empty() {
                return (How::Transliterated, found);
            }
        } else if let Some(initialism) = translit::letter_names(word)
            .into_iter()
            .find(|r| self.term_ids.contains_key(&analyzer::stem(r)))
        {
            // "जीएसटी" spells "gst": that, before any guess at an inflection.
            return (How::Transliterated, ids(vec![initialism]));
        }
        let found = ids(self.vocab.prefix_matches(word, work));
        if !found.is_empty() {
            return (How::Prefix, found);
        }
        if !latin {
            let found = ids(self.vocab.transliterations(word, work));
            if !found.is_empty() {
                return (How::Transliterated, found);
            }
        }
        (How::Unknown, Vec::new())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum How {
    Exact,
    Corrected,
    /// Through another script (see `translit`).
    Transliterated,
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
/// (0.3 for words of Indian scripts). Title, keywords and questions count as "about".
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

/// The evidence of one hit; see [`Evidence`].
fn evidence(
    groups: &[Group],
    doc: &DocInfo,
    rare_floor: f32,
    coverage: f32,
    best_line: f32,
    bm25: f32,
) -> Evidence {
    let known: Vec<&Group> = groups.iter().filter(|g| g.how != How::Unknown).collect();
    let weight = |g: &Group| if g.generic { g.weight / 6.0 } else { g.weight };
    let total: f32 = known.iter().map(|g| weight(g)).sum();
    let share = |set: &[u32]| -> f32 {
        if total <= 0.0 {
            return 0.0;
        }
        // (A fold from +0.0: an empty f32 sum is -0.0.)
        let found = known
            .iter()
            .filter(|g| g.terms.iter().any(|t| set.binary_search(t).is_ok()))
            .map(|g| weight(g))
            .fold(0.0, |a, b| a + b);
        found / total
    };
    let per_field: [f32; 5] = std::array::from_fn(|f| share(&doc.fields[f]));
    let rare: Vec<&&Group> = known
        .iter()
        .filter(|g| !g.generic && g.weight >= rare_floor)
        .collect();
    let rare_total: f32 = rare.iter().map(|g| g.weight).sum();
    let rare_found: f32 = rare
        .iter()
        .filter(|g| g.terms.iter().any(|t| doc.terms.binary_search(t).is_ok()))
        .map(|g| g.weight)
        .fold(0.0, |a, b| a + b);
    let mut matched_field = MatchedField::None;
    let mut best = 0.0;
    for (f, &v) in per_field.iter().enumerate() {
        if v > best {
            best = v;
            matched_field = MatchedField::of_field(f);
        }
    }
    Evidence {
        coverage,
        rare_coverage: if rare_total > 0.0 {
            rare_found / rare_total
        } else {
            0.0
        },
        title_coverage: per_field[TITLE],
        keyword_coverage: per_field[KEYWORDS],
        question_coverage: per_field[QUESTIONS],
        summary_coverage: per_field[3],
        body_coverage: per_field[4],
        strong_coverage: share(&doc.strong),
        best_line,
        matched_field,
        bm25,
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{Entry, EntryKind, Source};

    /// An English entry with a title, a summary and the ways people ask for it.
    pub(crate) fn entry(id: &str, title: &str, summary: &str, questions: &[&str]) -> Entry {
        let en = |s: &str| [(Lang::En, s.to_string())].into_iter().collect();
        Entry {
            id: id.into(),
            kind: EntryKind::Faq,
            title: en(title),
            summary: en(summary),
            body: Default::default(),
            keywords: Default::default(),
            questions: [(Lang::En, questions.iter().map(|q| q.to_string()).collect())]
                .into_iter()
                .collect(),
            source: Source {
                cite: "FTP 2023".into(),
                url: None,
            },
            reviewed: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            related: Vec::new(),
            file: PathBuf::new(),
        }
    }

    pub(crate) fn index_of(entries: Vec<Entry>) -> SearchIndex {
        let mut kb = KnowledgeBase {
            entries,
            ..Default::default()
        };
        kb.lexicon.stopwords = [
            "how", "do", "i", "my", "a", "the", "for", "is", "what", "to",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        SearchIndex::build_in_ram(&kb).unwrap()
    }

    fn top(index: &SearchIndex, q: &str) -> (String, Hit) {
        let outcome = index.search(q, Lang::En);
        let hit = outcome.hits.first().expect("a hit").clone();
        let DocKey::Entry(i) = hit.key else {
            panic!("an entry")
        };
        (["iec", "lut"][i].to_string(), hit)
    }

    fn two_entries() -> SearchIndex {
        index_of(vec![
            entry(
                "iec",
                "Importer Exporter Code",
                "The ten-character code from DGFT that every exporter needs; apply online.",
                &["how do I register my firm to start trading abroad"],
            ),
            entry(
                "lut",
                "Letter of Undertaking under GST",
                "Export without paying IGST by filing form RFD-11 each financial year.",
                &["can I ship goods without paying tax"],
            ),
        ])
    }

    #[test]
    fn a_question_worded_like_an_entrys_paraphrase_finds_that_entry_through_its_questions() {
        let index = two_entries();
        let (id, hit) = top(&index, "how to register a firm for trading abroad");
        assert_eq!(id, "iec");
        assert_eq!(hit.evidence.matched_field, MatchedField::Questions);
        assert_eq!(hit.evidence.question_coverage, 1.0);
        assert_eq!(hit.evidence.title_coverage, 0.0);
        assert!(hit.evidence.title_coverage.is_sign_positive());
        assert!(
            hit.confidence >= 0.99,
            "a match in the questions field is strong evidence: {hit:?}"
        );
        let (id, _) = top(&index, "ship goods without paying tax");
        assert_eq!(id, "lut");
    }

    #[test]
    fn each_hit_reports_its_evidence_field_by_field() {
        let index = two_entries();
        let outcome = index.search("IGST refund of the importer code", Lang::En);
        let (_, hit) = top(&index, "IGST refund of the importer code");
        assert_eq!(outcome.query_words, 6);
        assert_eq!(outcome.unknown_words, 1, "'refund' is unknown here");
        let e = hit.evidence;
        assert!(e.title_coverage > 0.0 && e.summary_coverage < 1.0, "{e:?}");
        assert!((0.0..=1.0).contains(&e.rare_coverage));
        assert_eq!(e.bm25, 1.0, "the first hit is the best of its kind");
        let none = index.search("weather tomorrow", Lang::En);
        assert_eq!(none.unknown_words, 2);
        assert!(none.hits.is_empty());
    }

    #[test]
    fn terms_written_in_another_script_find_the_entry() {
        let haldi = entry("spice-x", "हल्दी का निर्यात", "हल्दी के लिए मसाला बोर्ड।", &[]);
        let index = index_of(vec![
            entry(
                "lut",
                "Letter of Undertaking (LUT) under GST",
                "File the LUT on the GST portal before the financial year.",
                &[],
            ),
            entry(
                "iec",
                "Importer Exporter Code (IEC)",
                "Apply for the IEC on the DGFT portal.",
                &[],
            ),
            haldi,
        ]);
        let id = |q: &str| {
            let o = index.search(q, Lang::Hi);
            let i = match o.hits.first().map(|h| &h.key) {
                Some(DocKey::Entry(i)) => *i,
                other => panic!("{q}: {other:?}"),
            };
            assert!(o.transliterated_words >= 1, "{q}: {o:?}");
            ["lut", "iec", "haldi"][i]
        };
        assert_eq!(id("जीएसटी"), "lut", "Devanagari");
        assert_eq!(id("ஜிஎஸ்டி"), "lut", "Tamil");
        assert_eq!(id("జీఎస్టీ"), "lut", "Telugu");
        assert_eq!(id("ಎಲ್\u{200C}ಯುಟಿ"), "lut", "Kannada, with a ZWNJ");
        assert_eq!(id("আইইসি"), "iec", "Bengali");
        assert_eq!(id("आईईसी"), "iec");
        assert_eq!(id("haldi"), "haldi", "Hindi word typed in Latin");
    }

    #[test]
    fn an_hs_code_spelled_out_in_an_indian_script_is_an_hs_question() {
        let mut kb = KnowledgeBase::default();
        kb.lexicon.hs_intent = ["hs".to_string()].into_iter().collect();
        let index = SearchIndex::build_in_ram(&kb).unwrap();
        for q in ["एचएस कोड", "এইচএস কোড", "எச்எஸ் கோட்", "ಎಚ್‌ಎಸ್ ಕೋಡ್"]
        {
            assert!(index.search(q, Lang::Hi).hs_intent, "{q}");
        }
        assert!(!index.search("कोड", Lang::Hi).hs_intent);
    }
}
