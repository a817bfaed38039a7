//! Search: the tantivy index over the knowledge base, and turning a question into ranked
//! hits with a confidence. Knows nothing of Telegram, SQL or Fluent.
//!
//! Every entry, HS line, glossary product and district is one tantivy document with four
//! text fields searched with boosts (title 4 > keywords 3 > summary 1.5 > body 1), all
//! analysed by the Indic-aware [`analyzer`]. A question is analysed the same way; words the
//! index does not know are repaired first (typos by edit distance, inflected Indic words by
//! prefix), stopwords are dropped and generic words ("export", "निर्यात") weigh little.
//! The query is built term by term, so no user text ever reaches a query parser.
//!
//! ## Confidence
//! The confidence of a hit is the share of the question's topic words that the document
//! holds, each word weighted by its rarity (IDF), where a word the knowledge base has never
//! seen counts at half weight against it (see [`Confidence`]). A question is answered when
//! the best hit's confidence is at least [`ANSWER_THRESHOLD`]: every topic word of a short
//! question, or most of a long one, must be found together in one document. Questions about
//! the weather, trains or jokes share no more than a stray word with the knowledge base, so
//! they are declined and the bot offers an officer instead.

pub mod analyzer;
mod index;
mod vocab;

pub use index::{DocKey, Evidence, Hit, MatchedField, RARE_SHARE, SearchIndex, SearchOutcome};
pub use vocab::Vocabulary;

/// The lowest confidence at which a question counts as answered.
pub const ANSWER_THRESHOLD: f32 = 0.6;

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
