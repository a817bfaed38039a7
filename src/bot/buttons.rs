//! The buttons under an answer, labelled in the answer's language (the question's script may
//! have chosen another than the user's setting): 👍 / 👎, "More", at most three "See also",
//! "Did you mean", the middle band's "I think you mean" offers, "Talk to an officer", and the
//! offer to answer in the question's language from now on. A result travels as a
//! [`Target`]; [`id_of`] reads it back against the knowledge base of now, so a button from
//! before a reload names the same result or none.

use crate::answer::{Answer, Band};
use crate::i18n::{I18n, args};
use crate::knowledge::KnowledgeBase;
use crate::lang::Lang;
use crate::store::QuestionId;
use crate::telegram::keyboard::{button, fitting};
use crate::telegram::{Callback, Keyboard, Target, district_check};

/// The button form of a result id: a district by index and checksum (its key can be longer
/// than a button holds), anything else by its id.
pub fn target(kb: &KnowledgeBase, id: &str) -> Target {
    if let Some(key) = id.strip_prefix("district:")
        && let Some(index) = kb.districts.iter().position(|d| d.key() == key)
    {
        return Target::District {
            index,
            check: district_check(key),
        };
    }
    Target::Id(id.to_string())
}

/// The result id a button names, if the knowledge base still holds that result.
pub fn id_of(kb: &KnowledgeBase, target: &Target) -> Option<String> {
    let id = match target {
        Target::Id(id) => id.clone(),
        Target::District { index, check } => {
            let d = kb
                .districts
                .get(*index)
                .filter(|d| district_check(&d.key()) == *check)?;
            format!("district:{}", d.key())
        }
    };
    crate::answer::key_from_id(kb, &id).map(|_| id)
}

/// The "Did you mean" results of an answered question: other close matches, without the one
/// answered and those already offered as "See also".
pub fn did_you_mean(answer: &Answer) -> Vec<(&str, &str)> {
    if answer.band != Band::Answered {
        return Vec::new();
    }
    answer
        .suggestions
        .iter()
        .filter(|(id, _)| answer.id.as_deref() != Some(id.as_str()))
        .filter(|(id, _)| !answer.see_also.iter().any(|s| &s.id == id))
        .map(|(id, title)| (id.as_str(), title.as_str()))
        .collect()
}

/// The keyboard of an answer. `question` is the logged question it answers, when the
/// presser asked it: 👍 / 👎, "Talk to an officer" and the middle band's offers belong to
/// it, and an answer without one (a result opened from a button) shows only the buttons
/// that open results.
pub fn keyboard(
    i18n: &I18n,
    kb: &KnowledgeBase,
    answer: &Answer,
    question: Option<QuestionId>,
) -> Keyboard {
    let lang = answer.lang;
    let mut keyboard = Keyboard::new();
    match answer.band {
        Band::Answered => keyboard = answered(keyboard, i18n, kb, answer, question),
        Band::Middle => {
            for offer in answer.candidates.iter() {
                let Some(question) = question else { break };
                let pick = Callback::Pick {
                    question,
                    lang,
                    target: target(kb, &offer.id),
                };
                keyboard = keyboard.row(fitting(&offer.title, pick));
            }
        }
        Band::Declined => {}
    }
    if let Some(question) = question {
        keyboard = keyboard.row([button(
            i18n.get(lang, "button-officer"),
            Callback::Officer { question },
        )]);
    }
    if answer.lang_differs {
        let label = i18n.message(
            lang,
            "answer-switch-language",
            &args(&[("language", lang.native_name())]),
        );
        keyboard = keyboard.row([button(label, Callback::ReplyIn(lang))]);
    }
    keyboard
}

/// The rows of a confident answer: 👍 / 👎, "More", "See also" and "Did you mean".
fn answered(
    mut keyboard: Keyboard,
    i18n: &I18n,
    kb: &KnowledgeBase,
    answer: &Answer,
    question: Option<QuestionId>,
) -> Keyboard {
    let lang = answer.lang;
    let open = |id: &str, label: String| {
        fitting(
            label,
            Callback::Open {
                lang,
                target: target(kb, id),
            },
        )
    };
    if let Some(question) = question {
        keyboard = keyboard.row(feedback(i18n, lang, question));
    }
    if let (Some(_), Some(id)) = (&answer.more, &answer.id) {
        let more = Callback::More {
            lang,
            target: target(kb, id),
        };
        keyboard = keyboard.row(fitting(i18n.get(lang, "answer-more"), more));
    }
    for offer in &answer.see_also {
        let label = i18n.message(
            lang,
            "button-see-also",
            &args(&[("title", offer.title.as_str())]),
        );
        keyboard = keyboard.row(open(&offer.id, label));
    }
    for (id, title) in did_you_mean(answer) {
        keyboard = keyboard.row(open(id, title.to_string()));
    }
    keyboard
}

fn feedback(i18n: &I18n, lang: Lang, question: QuestionId) -> [crate::telegram::Button; 2] {
    [true, false].map(|helpful| {
        let label = if helpful {
            "button-helpful"
        } else {
            "button-not-helpful"
        };
        button(
            i18n.get(lang, label),
            Callback::Feedback { question, helpful },
        )
    })
}
