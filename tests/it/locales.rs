//! Every locale has every message of English, with the same variables.

use crate::common;

use export_helpdesk::i18n::{self, I18n};
use export_helpdesk::lang::Lang;

#[test]
fn every_locale_has_every_english_message_with_the_same_variables() {
    let problems = i18n::check(&common::repo().join("locales")).unwrap();
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn all_eleven_locales_load_and_speak_their_own_script() {
    let i18n = I18n::load(&common::repo().join("locales")).unwrap();
    for lang in Lang::ALL {
        assert!(i18n.has_locale(lang), "{lang} missing");
        let text = i18n.get(lang, "answer-not-found");
        assert!(common::in_script(&text, lang.code()), "{lang}: {text}");
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "no Fluent isolation marks"
        );
    }
}

#[test]
fn placeables_are_filled_in() {
    let i18n = I18n::load(&common::repo().join("locales")).unwrap();
    let args = i18n::args(&[("district", "Moradabad"), ("ticket", "42"), ("hours", "24")]);
    for lang in Lang::ALL {
        let text = i18n.message(lang, "ticket-opened", &args);
        assert!(text.contains("42") && text.contains("24"), "{lang}: {text}");
    }
}
