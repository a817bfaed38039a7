//! Search: the tantivy index over the knowledge base, and turning a question into ranked
//! hits with a confidence. Knows nothing of Telegram, SQL or Fluent.
//!
//! Every entry, HS line, glossary product and district is one tantivy document with five
//! text fields searched with boosts (title 4 > questions 3.5 > keywords 3 > summary 1.5 >
//! body 1; "questions" holds an entry's paraphrases of how people ask for it), all
//! analysed by the Indic-aware [`analyzer`]. A question is analysed the same way; words the
//! index does not know are repaired first (typos by edit distance up to two, inflected Indic
//! words by prefix, words of another script by their sounds: see [`translit`]), stopwords
//! are dropped and generic words ("export", "निर्यात") weigh little.
//! The query is built term by term, so no user text ever reaches a query parser.
//!
//! ## Confidence
//! The coverage of a hit (`Hit::confidence`) is the share of the question's topic words that
//! the document holds, each word weighted by its rarity (IDF), where a word the knowledge
//! base has never seen counts at half weight against it (see [`Confidence`]). Whether a
//! question is answered is decided by [`calibration`]: a logistic regression over the
//! evidence of the whole ranking (coverage, coverage in titles and keywords, the margin over
//! the second result, unknown and repaired words, question length, script, kind of result),
//! fitted on a labelled question set, with thresholds chosen for a measured precision.
//! [`ANSWER_THRESHOLD`] on coverage remains the bar for listing other results as
//! "Did you mean".

pub mod analyzer;
pub mod calibration;
mod index;
pub mod translit;
mod vocab;

pub use index::{DocKey, Evidence, Hit, MatchedField, RARE_SHARE, SearchIndex, SearchOutcome};
pub use vocab::{MAX_SOUND_DISTANCE, TWO_EDITS_FROM, Vocabulary};

/// The lowest coverage at which another result is offered as "Did you mean".
pub const ANSWER_THRESHOLD: f32 = 0.6;

// ## Bounds
// Every cost of a search is bounded by these constants, whatever the user sends (a 4,096-
// character message with no spaces, two thousand one-letter words, one keyword repeated).
// `SearchOutcome::plan` reports what a search did against each; `tests/properties.rs`
// checks them on generated worst cases and `benches/search.rs` times them.

/// Only this much of a question is read (16 KiB: four Telegram messages of Indian script).
pub const MAX_QUESTION_BYTES: usize = 16 * 1024;

/// At most this many distinct words of a question are read; the rest is cut.
pub const MAX_QUERY_WORDS: usize = 48;

/// The longest word, in characters (Unicode scalar values, vowel signs and viramas
/// included), that is repaired, prefix-matched or transliterated. The longest words of the
/// knowledge base have 31: an HS phrase joined by hyphens and a Malayalam inflected form
/// ("ക്രമപ്പെടുത്തുന്നതിനെക്കുറിച്ച്"); the longest English dictionary words people type
/// have under 25. A longer "word" is a pasted code or a stuck key: it counts as unknown.
pub const MAX_WORD_CHARS: usize = 32;

/// Most spelling variants (the word and its one-letter deletions) made for one word.
pub const MAX_VARIANTS_PER_WORD: usize = MAX_WORD_CHARS + 1;

/// Most known words compared with one word of the question to repair it.
pub const MAX_REPAIR_CANDIDATES: usize = 64;

/// Most transitions of the Levenshtein automaton over the vocabulary for one word (typos at
/// two edits; see `vocab`).
pub const MAX_REPAIR_STEPS: usize = 20_000;

/// Most automaton transitions over all the words of one question: once spent, the
/// question's remaining unknown words are not repaired (a message of 48 distinct long
/// typos would otherwise cost 48 × [`MAX_REPAIR_STEPS`]).
pub const MAX_QUESTION_REPAIR_STEPS: usize = 2 * MAX_REPAIR_STEPS;

/// Most vocabulary entries read to find words sharing a stem with one word.
pub const MAX_PREFIX_SCAN: usize = 256;

/// Most words sharing a stem returned for one word.
pub const MAX_PREFIX_MATCHES: usize = 8;

/// Most index terms one word of the question stands for.
pub const MAX_TERMS_PER_WORD: usize = 8;

/// Most distinct index terms in one query.
pub const MAX_QUERY_TERMS: usize = 64;

/// Most tantivy term queries in one search: each term in each field.
pub const MAX_CLAUSES: usize = MAX_QUERY_TERMS * 5;

/// What one search did, against each bound above: the size of its query plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueryPlan {
    /// Bytes of the question read (≤ [`MAX_QUESTION_BYTES`]).
    pub bytes: usize,
    /// Distinct words read (≤ [`MAX_QUERY_WORDS`]).
    pub words: usize,
    /// Characters of the longest word looked up beyond an exact match (≤ [`MAX_WORD_CHARS`]).
    pub longest_repaired: usize,
    /// Most spelling variants made for one word (≤ [`MAX_VARIANTS_PER_WORD`]).
    pub variants: usize,
    /// Most known words compared with one word (≤ [`MAX_REPAIR_CANDIDATES`]).
    pub candidates: usize,
    /// Most vocabulary entries read for one word's stem (≤ [`MAX_PREFIX_SCAN`]).
    pub scanned: usize,
    /// Most automaton transitions for one word (≤ [`MAX_REPAIR_STEPS`]).
    pub steps: usize,
    /// Automaton transitions over the whole question (≤ [`MAX_QUESTION_REPAIR_STEPS`] plus
    /// one word's [`MAX_REPAIR_STEPS`]: the word that crosses the budget finishes).
    pub total_steps: usize,
    /// Most index terms for one word (≤ [`MAX_TERMS_PER_WORD`]).
    pub terms_per_word: usize,
    /// Distinct index terms in the query (≤ [`MAX_QUERY_TERMS`]).
    pub terms: usize,
    /// tantivy term queries (≤ [`MAX_CLAUSES`]).
    pub clauses: usize,
}

/// How the confidence of a hit is computed; see the module documentation.
pub struct Confidence;

/// Errors of the search layer.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// tantivy failed to create, open, write or read the index.
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// The index directory could not be prepared or swapped.
    #[error("index directory {path}: {source}")]
    Io {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}
