//! The tantivy index and the query path: documents from the knowledge base (`documents`),
//! building or opening the four indexes (`build`), reading a question into query terms
//! (`query`), and re-ranking hits by coverage with their evidence (`rank`, `hit`).

use std::collections::HashMap;
use std::path::PathBuf;

use tantivy::IndexReader;
use tantivy::collector::TopDocs;
use tantivy::query::BooleanQuery;
use tantivy::schema::Field;

use super::vocab::Vocabulary;
use crate::knowledge::HsCode;
use crate::lang::Lang;

mod build;
mod documents;
mod hit;
mod query;
mod rank;
#[cfg(test)]
pub(crate) mod tests;

pub use hit::{Evidence, Hit, MatchedField, RARE_SHARE, SearchOutcome};
use query::How;
use rank::{coverage, evidence, priors, title_coverage};

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

impl SearchIndex {
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
}
