//! What a search returns: ranked hits, the evidence behind each, and what the search did.

use super::DocKey;
use crate::search::QueryPlan;

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

    pub(super) fn of_field(i: usize) -> MatchedField {
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
