//! Reading a question: words, stopwords, HS intent, exact stems, repairs (typos, other
//! scripts, inflections), each bounded (see `search`'s limits); and the tantivy clauses.

use tantivy::Term;
use tantivy::query::{BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;

use super::{BOOSTS, SearchIndex, SearchOutcome};
use crate::search::analyzer;
use crate::search::translit;
use crate::search::vocab::Work;
use crate::search::{
    MAX_CLAUSES, MAX_QUERY_TERMS, MAX_QUERY_WORDS, MAX_QUESTION_BYTES, MAX_QUESTION_REPAIR_STEPS,
    MAX_TERMS_PER_WORD, MAX_WORD_CHARS, QueryPlan,
};

impl SearchIndex {
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
    pub(super) fn clauses(&self, groups: &[Group]) -> Vec<(Occur, Box<dyn Query>)> {
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

    pub(super) fn term_text(&self, id: u32) -> Option<&str> {
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

    pub(super) fn analyze_question(
        &self,
        question: &str,
        outcome: &mut SearchOutcome,
    ) -> Vec<Group> {
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
            } else if outcome.plan.total_steps >= MAX_QUESTION_REPAIR_STEPS {
                // The question's repair budget is spent: the word stays unknown.
                outcome.truncated = true;
                (How::Unknown, Vec::new())
            } else {
                outcome.plan.longest_repaired = outcome.plan.longest_repaired.max(chars);
                let mut work = Work::default();
                let found = self.repair(&word, latin, &mut work);
                outcome.plan.variants = outcome.plan.variants.max(work.variants);
                outcome.plan.candidates = outcome.plan.candidates.max(work.candidates);
                outcome.plan.scanned = outcome.plan.scanned.max(work.scanned);
                outcome.plan.steps = outcome.plan.steps.max(work.steps);
                outcome.plan.total_steps += work.steps;
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
pub(super) enum How {
    Exact,
    Corrected,
    /// Through another script (see `translit`).
    Transliterated,
    Prefix,
    Unknown,
}

/// One word of the question and the index terms it stands for.
#[derive(Debug)]
pub(super) struct Group {
    pub(super) word: String,
    pub(super) latin: bool,
    pub(super) terms: Vec<u32>,
    pub(super) how: How,
    pub(super) generic: bool,
    pub(super) weight: f32,
}
