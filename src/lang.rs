//! The 11 languages the helpdesk speaks, parsed once at the edge.
//!
//! `Lang` is the only way the rest of the code names a language: a Telegram
//! `language_code` ("hi-IN"), a CLI flag or a knowledge-base key is turned into
//! a `Lang` with [`Lang::parse`] or [`Lang::from_telegram`] and never handled as
//! a bare string again.

use std::fmt;
use std::str::FromStr;

/// One of the languages the helpdesk supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Hi,
    Bn,
    Ta,
    Te,
    Mr,
    Gu,
    Kn,
    Ml,
    Pa,
    Or,
}

/// A language code that is not one of the 11.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language code {0:?} (expected one of en, hi, bn, ta, te, mr, gu, kn, ml, pa, or)")]
pub struct UnknownLang(pub String);

impl Lang {
    /// All languages, English first.
    pub const ALL: [Lang; 11] = [
        Lang::En,
        Lang::Hi,
        Lang::Bn,
        Lang::Ta,
        Lang::Te,
        Lang::Mr,
        Lang::Gu,
        Lang::Kn,
        Lang::Ml,
        Lang::Pa,
        Lang::Or,
    ];

    /// The ISO 639-1 code, as used in `locales/` and `knowledge/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
            Lang::Bn => "bn",
            Lang::Ta => "ta",
            Lang::Te => "te",
            Lang::Mr => "mr",
            Lang::Gu => "gu",
            Lang::Kn => "kn",
            Lang::Ml => "ml",
            Lang::Pa => "pa",
            Lang::Or => "or",
        }
    }

    /// The language's name in its own script, as shown on the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Hi => "हिन्दी",
            Lang::Bn => "বাংলা",
            Lang::Ta => "தமிழ்",
            Lang::Te => "తెలుగు",
            Lang::Mr => "मराठी",
            Lang::Gu => "ગુજરાતી",
            Lang::Kn => "ಕನ್ನಡ",
            Lang::Ml => "മലയാളം",
            Lang::Pa => "ਪੰਜਾਬੀ",
            Lang::Or => "ଓଡ଼ିଆ",
        }
    }

    /// The language's English name.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Hi => "Hindi",
            Lang::Bn => "Bengali",
            Lang::Ta => "Tamil",
            Lang::Te => "Telugu",
            Lang::Mr => "Marathi",
            Lang::Gu => "Gujarati",
            Lang::Kn => "Kannada",
            Lang::Ml => "Malayalam",
            Lang::Pa => "Punjabi",
            Lang::Or => "Odia",
        }
    }

    /// Parses an exact code ("hi"), case-insensitively.
    pub fn parse(code: &str) -> Result<Lang, UnknownLang> {
        let lower = code.trim().to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == lower)
            .ok_or(UnknownLang(code.to_string()))
    }

    /// Maps a Telegram `language_code` (an IETF tag such as "hi", "ta-IN",
    /// "en-GB") to a supported language, if it is one of the 11.
    pub fn from_telegram(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::parse(primary).ok()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Ok(lang));
        }
    }

    #[test]
    fn telegram_region_tags_map_to_their_language() {
        assert_eq!(Lang::from_telegram("hi-IN"), Some(Lang::Hi));
        assert_eq!(Lang::from_telegram("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_telegram("OR"), Some(Lang::Or));
        assert_eq!(Lang::from_telegram("fr"), None);
        assert_eq!(Lang::from_telegram(""), None);
    }

    #[test]
    fn unknown_codes_are_rejected_with_the_code_in_the_message() {
        let err = Lang::parse("xx").unwrap_err();
        assert!(err.to_string().contains("\"xx\""));
    }
}
