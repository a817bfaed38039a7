//! Re-ranking: how much of the question a document covers, field by field, and the prior
//! of each kind of document.

use super::query::{Group, How};
use super::{DocInfo, DocKey, Evidence, KEYWORDS, MatchedField, QUESTIONS, TITLE};

/// The IDF-weighted share of the question's topic words found in the document: a word in
/// its title or keywords counts whole, a word only in its summary or body counts half.
/// Generic words count a sixth; words unknown to the knowledge base count against, half
/// (0.3 for words of Indian scripts). Title, keywords and questions count as "about".
pub(super) fn coverage(groups: &[Group], doc: &DocInfo) -> f32 {
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
pub(super) fn evidence(
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
pub(super) fn title_coverage(groups: &[Group], doc: &DocInfo) -> f32 {
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
pub(super) fn priors(key: &DocKey, hs_intent: bool) -> (f32, f32) {
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
