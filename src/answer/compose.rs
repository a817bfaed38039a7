//! From a question to an [`Answer`]: an HS code named in the question is answered by rule;
//! otherwise the calibrated model decides the band from the search's evidence, and the
//! reply is composed for that band in the language the question's script asks for.

use super::render::{self, Rendered};
use super::{Answer, Engine, Offer, Reply, ResultRef, kind_of, language, result_id, title_of};
use crate::i18n::I18n;
use crate::knowledge::hs;
use crate::lang::Lang;
use crate::search::calibration::{Band, Calibration, Features};
use crate::search::{ANSWER_THRESHOLD, DocKey, SearchOutcome};

/// A second result is offered in the middle band when it scores at least this share of the
/// first.
const SECOND_OFFER: f32 = 0.6;

/// How many results the middle band offers.
const OFFERS: usize = 2;

/// How a question is read before a reply is written.
#[derive(Debug, Clone)]
pub struct Examined {
    pub outcome: SearchOutcome,
    pub features: Features,
    /// The question names an HS code: answered (or said to be unknown) by rule, not by the
    /// model.
    pub by_rule: bool,
}

/// What the HS-code rule says about a question.
enum Rule {
    /// A known code, answered directly.
    Code(crate::knowledge::HsCode),
    /// A code was asked for that the list does not hold.
    Unknown(crate::knowledge::HsCode),
    None,
}

fn rule(engine: &Engine, question: &str, outcome: &SearchOutcome) -> Rule {
    let kb = &engine.kb;
    let codes = hs::find_codes(question);
    let code_question = outcome.hs_intent || outcome.topic_words <= 1;
    if let Some(code) = codes
        .iter()
        .find(|c| kb.hs.contains_key(*c) && (code_question || c.level() >= 6))
    {
        return Rule::Code(code.clone());
    }
    let any_known = codes.iter().any(|c| kb.hs.contains_key(c));
    match codes.first() {
        Some(code) if outcome.hs_intent && !any_known => Rule::Unknown(code.clone()),
        _ => Rule::None,
    }
}

pub fn examine(engine: &Engine, question: &str, lang: Lang) -> Examined {
    let outcome = engine.index.search(question, lang);
    let features = Features::of(&outcome, question);
    let by_rule = !matches!(rule(engine, question, &outcome), Rule::None);
    Examined {
        outcome,
        features,
        by_rule,
    }
}

fn empty(band: Band, reply: Reply, confidence: f32, lang: Lang, setting: Lang) -> Answer {
    Answer {
        band,
        answered: band == Band::Answered,
        confidence,
        reply,
        more: None,
        id: None,
        candidates: Vec::new(),
        see_also: Vec::new(),
        suggestions: Vec::new(),
        results: Vec::new(),
        lang,
        lang_differs: lang != setting,
    }
}

/// A result answered in full: first message, "More", see also.
pub fn answer_with(
    engine: &Engine,
    i18n: &I18n,
    key: &DocKey,
    lang: Lang,
    setting: Lang,
) -> Answer {
    let Rendered {
        first,
        more,
        see_also,
    } = render::render(engine, i18n, key, lang);
    Answer {
        more,
        id: Some(result_id(&engine.kb, key)),
        see_also,
        ..empty(Band::Answered, first, 1.0, lang, setting)
    }
}

pub fn answer(
    engine: &Engine,
    i18n: &I18n,
    calibration: &Calibration,
    question: &str,
    setting: Lang,
) -> Answer {
    let kb = &engine.kb;
    let lang = language::reply_language(question, setting);
    if crate::search::analyzer::words(question).is_empty() {
        let reply = Reply::text(i18n.get(lang, "answer-empty-question"));
        return empty(Band::Declined, reply, 0.0, lang, setting);
    }
    let Examined {
        outcome, features, ..
    } = examine(engine, question, lang);
    let results: Vec<ResultRef> = outcome
        .hits
        .iter()
        .map(|h| ResultRef {
            id: result_id(kb, &h.key),
            kind: kind_of(kb, &h.key),
            title: title_of(engine, &h.key, Lang::En),
            score: (h.score * 1000.0).round() / 1000.0,
        })
        .collect();

    match rule(engine, question, &outcome) {
        Rule::Code(code) => {
            return Answer {
                results,
                ..answer_with(engine, i18n, &DocKey::Hs(code), lang, setting)
            };
        }
        Rule::Unknown(code) => {
            let reply = Reply::text(i18n.message(
                lang,
                "hs-not-found",
                &crate::i18n::args(&[("code", code.as_str())]),
            ));
            return Answer {
                results,
                ..empty(Band::Declined, reply, 0.0, lang, setting)
            };
        }
        Rule::None => {}
    }

    let Some(top) = outcome.hits.first() else {
        let reply = Reply::text(i18n.get(lang, "answer-not-found"));
        return Answer {
            results,
            ..empty(Band::Declined, reply, 0.0, lang, setting)
        };
    };
    let p = calibration.probability(&features);
    let confidence = p as f32;
    match calibration.band(p) {
        Band::Answered => {
            let suggestions = outcome
                .hits
                .iter()
                .skip(1)
                .filter(|h| h.confidence >= ANSWER_THRESHOLD && h.score >= top.score * 0.6)
                .filter(|h| h.key != top.key)
                .take(3)
                .map(|h| (result_id(kb, &h.key), title_of(engine, &h.key, lang)))
                .collect();
            Answer {
                confidence,
                results,
                suggestions,
                ..answer_with(engine, i18n, &top.key, lang, setting)
            }
        }
        Band::Middle => {
            let mut candidates: Vec<Offer> = Vec::new();
            for h in outcome.hits.iter().take(OFFERS) {
                let id = result_id(kb, &h.key);
                if h.score >= top.score * SECOND_OFFER && !candidates.iter().any(|c| c.id == id) {
                    candidates.push(Offer {
                        id,
                        title: title_of(engine, &h.key, lang),
                    });
                }
            }
            let mut reply = Reply::new();
            reply.plain(i18n.get(lang, "answer-middle"));
            for c in &candidates {
                reply.bold(format!("• {}", c.title));
            }
            reply.blank();
            reply.plain(i18n.get(lang, "answer-middle-officer"));
            Answer {
                suggestions: candidates
                    .iter()
                    .map(|c| (c.id.clone(), c.title.clone()))
                    .collect(),
                candidates,
                results,
                ..empty(Band::Middle, reply, confidence, lang, setting)
            }
        }
        Band::Declined => Answer {
            results,
            ..empty(
                Band::Declined,
                Reply::text(i18n.get(lang, "answer-not-found")),
                confidence,
                lang,
                setting,
            )
        },
    }
}
