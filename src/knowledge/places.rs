//! Finding a user's district from what they type: a 6-digit PIN code, a district name in
//! Latin or Indian script, an alias ("gurgaon", "bombay"), or a misspelling of one.

use unicode_normalization::UnicodeNormalization;

use super::KnowledgeBase;

/// What a typed place matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DistrictMatch {
    /// One district, certainly (a PIN code, or an exact name or alias).
    Exact(usize),
    /// Possible districts, best first: confirm with the user.
    Candidates(Vec<usize>),
    None,
}

/// Words around a district name that are not part of it.
const NOISE: &[&str] = &[
    "district",
    "dist",
    "zila",
    "zilla",
    "jila",
    "जिला",
    "जिले",
    "ज़िला",
    "जिल्हा",
    "জেলা",
    "மாவட்டம்",
    "జిల్లా",
    "જિલ્લો",
    "ಜಿಲ್ಲೆ",
    "ജില്ല",
    "ਜ਼ਿਲ੍ਹਾ",
    "ଜିଲ୍ଲା",
    "my",
    "is",
    "in",
    "from",
    "i",
    "am",
];

fn normalize(s: &str) -> String {
    s.nfc()
        .collect::<String>()
        .to_lowercase()
        .split(|c: char| {
            !(c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c))
        })
        .filter(|w| !w.is_empty() && !NOISE.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Question words of the 11 languages (and Hinglish): text with one of them is a question,
/// not a place. Hindi "का" (of) is left out: "मैं मुरादाबाद का हूँ" names a place.
const QUESTION_WORDS: &[&str] = &[
    // English
    "what",
    "how",
    "why",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "explain",
    "tell",
    // Hinglish
    "kya",
    "kaise",
    "kaisa",
    "kyun",
    "kyon",
    "kab",
    "kahan",
    "kahaan",
    "kaun",
    "kitna",
    "kitni",
    "kitne",
    "batao",
    "bataye",
    "bataiye",
    // Hindi
    "क्या",
    "कैसे",
    "कैसा",
    "क्यों",
    "कब",
    "कहाँ",
    "कहां",
    "कौन",
    "कौनसा",
    "कितना",
    "कितनी",
    "कितने",
    "बताओ",
    "बताइए",
    "बताएं",
    // Marathi
    "काय",
    "कसे",
    "कसा",
    "कशी",
    "केव्हा",
    "कुठे",
    "कोण",
    "कोणता",
    "कोणती",
    "किती",
    // Bengali
    "কী",
    "কি",
    "কেন",
    "কীভাবে",
    "কিভাবে",
    "কখন",
    "কোথায়",
    "কোন",
    "কত",
    // Gujarati
    "શું",
    "કેવી",
    "કેમ",
    "ક્યારે",
    "ક્યાં",
    "કોણ",
    "કયું",
    "કેટલું",
    "કેટલા",
    // Punjabi
    "ਕੀ",
    "ਕਿਵੇਂ",
    "ਕਿਉਂ",
    "ਕਦੋਂ",
    "ਕਿੱਥੇ",
    "ਕੌਣ",
    "ਕਿਹੜਾ",
    "ਕਿਹੜੀ",
    "ਕਿੰਨਾ",
    "ਕਿੰਨੇ",
    // Odia
    "କଣ",
    "କଅଣ",
    "କିପରି",
    "କାହିଁକି",
    "କେବେ",
    "କେଉଁଠି",
    "କିଏ",
    "କେଉଁ",
    "କେତେ",
    // Tamil
    "என்ன",
    "எப்படி",
    "ஏன்",
    "எப்போது",
    "எங்கே",
    "யார்",
    "எது",
    "எத்தனை",
    "எவ்வளவு",
    // Telugu
    "ఏమిటి",
    "ఏమి",
    "ఎలా",
    "ఎందుకు",
    "ఎప్పుడు",
    "ఎక్కడ",
    "ఎవరు",
    "ఏది",
    "ఎంత",
    "ఎన్ని",
    // Kannada
    "ಏನು",
    "ಹೇಗೆ",
    "ಏಕೆ",
    "ಯಾಕೆ",
    "ಯಾವಾಗ",
    "ಎಲ್ಲಿ",
    "ಯಾರು",
    "ಯಾವುದು",
    "ಎಷ್ಟು",
    // Malayalam
    "എന്ത്",
    "എന്താണ്",
    "എങ്ങനെ",
    "എന്തുകൊണ്ട്",
    "എപ്പോൾ",
    "എവിടെ",
    "ആര്",
    "ഏത്",
    "എത്ര",
];

/// English words that make a question when they come first ("can I export ...").
const QUESTION_OPENERS: &[&str] = &[
    "is", "are", "do", "does", "did", "can", "could", "should", "shall", "will", "would", "may",
    "must", "need", "please", "help",
];

/// More words than this, with no exact match, are a sentence rather than a place name.
const MAX_PLACE_WORDS: usize = 3;

/// Whether typed text reads as a question: a question mark (in any script), a question word
/// of one of the 11 languages, or an English question opener.
pub fn reads_as_question(input: &str) -> bool {
    if input.contains(['?', '？', '؟', '¿']) {
        return true;
    }
    let words = crate::text::words(input);
    words
        .first()
        .is_some_and(|w| QUESTION_OPENERS.contains(&w.as_str()))
        || words.iter().any(|w| QUESTION_WORDS.contains(&w.as_str()))
}

impl KnowledgeBase {
    /// What a user typed when asked for their district, if it plausibly is one: a PIN code,
    /// or text that does not read as a question and is an exact name or a close match of at
    /// most three words. Anything else (`None`) is better answered as a question.
    pub fn find_place(&self, input: &str) -> DistrictMatch {
        let found = self.find_district(input);
        let only_digits = !input
            .chars()
            .any(|c| c.is_alphanumeric() && crate::text::ascii_digit(c).is_none());
        let words = normalize(input)
            .split(' ')
            .filter(|w| !w.is_empty())
            .count();
        match found {
            _ if only_digits => found,
            _ if reads_as_question(input) => DistrictMatch::None,
            DistrictMatch::Candidates(_) if words > MAX_PLACE_WORDS => DistrictMatch::None,
            _ => found,
        }
    }

    /// Finds the district a user means. Never fails: unknown input gives `DistrictMatch::None`.
    pub fn find_district(&self, input: &str) -> DistrictMatch {
        let digits: String = input.chars().filter_map(crate::text::ascii_digit).collect();
        let non_digits = input
            .chars()
            .filter(|c| c.is_alphanumeric() && crate::text::ascii_digit(*c).is_none())
            .count();
        if digits.len() == 6 && non_digits == 0 {
            return match digits
                .parse::<u32>()
                .ok()
                .and_then(|pin| self.pincodes.get(&pin))
            {
                Some(&i) => DistrictMatch::Exact(i),
                None => DistrictMatch::None,
            };
        }
        let query = normalize(input);
        if query.is_empty() || query.chars().count() > 60 {
            return DistrictMatch::None;
        }
        let mut exact = Vec::new();
        let mut scored: Vec<(f64, usize)> = Vec::new();
        for (i, d) in self.districts.iter().enumerate() {
            let mut names: Vec<String> = vec![normalize(&d.name)];
            names.extend(d.aliases.iter().map(|a| normalize(a)));
            names.extend(d.names.values().map(|n| normalize(n)));
            if names.contains(&query) {
                exact.push(i);
                continue;
            }
            let best = names
                .iter()
                .map(|n| strsim::jaro_winkler(n, &query))
                .fold(0.0, f64::max);
            if best >= 0.88 {
                scored.push((best, i));
            }
        }
        match exact.len() {
            1 => DistrictMatch::Exact(exact[0]),
            n if n > 1 => DistrictMatch::Candidates(exact.into_iter().take(6).collect()),
            _ => {
                scored.sort_by(|a, b| b.0.total_cmp(&a.0));
                let list: Vec<usize> = scored.into_iter().take(4).map(|(_, i)| i).collect();
                if list.is_empty() {
                    DistrictMatch::None
                } else {
                    DistrictMatch::Candidates(list)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::District;

    fn kb() -> KnowledgeBase {
        let d = |state: &str, name: &str, aliases: &[&str], hi: &str| District {
            state: state.into(),
            name: name.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            names: [(crate::lang::Lang::Hi, hi.to_string())]
                .into_iter()
                .collect(),
            regional_authority: None,
            products: vec![],
            products_source: None,
        };
        let mut kb = KnowledgeBase {
            districts: vec![
                d("UTTAR PRADESH", "MORADABAD", &["muradabad"], "मुरादाबाद"),
                d("HARYANA", "GURUGRAM", &["gurgaon"], "गुरुग्राम"),
                d("BIHAR", "AURANGABAD", &[], "औरंगाबाद"),
                d(
                    "MAHARASHTRA",
                    "AURANGABAD",
                    &["chhatrapati sambhajinagar"],
                    "औरंगाबाद",
                ),
            ],
            ..KnowledgeBase::default()
        };
        kb.pincodes.insert(244001, 0);
        kb
    }

    #[test]
    fn names_aliases_native_script_and_pin_codes_find_the_district() {
        let kb = kb();
        assert_eq!(kb.find_district("Moradabad"), DistrictMatch::Exact(0));
        assert_eq!(
            kb.find_district("moradabad district"),
            DistrictMatch::Exact(0)
        );
        assert_eq!(kb.find_district("Gurgaon"), DistrictMatch::Exact(1));
        assert_eq!(kb.find_district("मुरादाबाद"), DistrictMatch::Exact(0));
        assert_eq!(kb.find_district("244001"), DistrictMatch::Exact(0));
        assert_eq!(kb.find_district("२४४००१"), DistrictMatch::Exact(0));
        assert_eq!(kb.find_district("999999"), DistrictMatch::None);
    }

    #[test]
    fn a_misspelling_or_a_shared_name_asks_the_user_to_choose() {
        let kb = kb();
        assert_eq!(
            kb.find_district("Moradabd"),
            DistrictMatch::Candidates(vec![0])
        );
        assert_eq!(
            kb.find_district("Aurangabad"),
            DistrictMatch::Candidates(vec![2, 3])
        );
        assert_eq!(kb.find_district("weather"), DistrictMatch::None);
        assert_eq!(kb.find_district("🙏"), DistrictMatch::None);
    }

    #[test]
    fn a_question_is_not_taken_for_a_place() {
        let kb = kb();
        for text in [
            "रोडटेप योजना क्या है?",
            "What is RoDTEP",
            "can I export turmeric",
            "gurgaon se export kaise kare",
            "மொராதாபாத் எப்படி",
            "Moradabad?",
        ] {
            assert!(reads_as_question(text), "{text}");
            assert_eq!(kb.find_place(text), DistrictMatch::None, "{text}");
        }
    }

    #[test]
    fn a_place_typed_when_asked_is_still_a_place() {
        let kb = kb();
        assert_eq!(kb.find_place("Moradabad"), DistrictMatch::Exact(0));
        assert_eq!(
            kb.find_place("my district is Moradabad"),
            DistrictMatch::Exact(0)
        );
        assert_eq!(kb.find_place("मुरादाबाद"), DistrictMatch::Exact(0));
        assert_eq!(kb.find_place("244001"), DistrictMatch::Exact(0));
        assert_eq!(
            kb.find_place("Moradabd"),
            DistrictMatch::Candidates(vec![0])
        );
        assert_eq!(
            kb.find_place("Aurangabad"),
            DistrictMatch::Candidates(vec![2, 3])
        );
        assert!(!reads_as_question("मैं मुरादाबाद का हूँ"));
    }
}
