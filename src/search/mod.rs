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
mod vocab;

pub use index::{DocKey, Hit, SearchIndex, SearchOutcome};
pub use vocab::Vocabulary;

/// The lowest coverage at which another result is offered as "Did you mean".
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
