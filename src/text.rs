//! Plain text helpers shared by the knowledge loader and search: Indic-correct word
//! splitting and normalisation. A leaf: it imports nothing of the crate.
//!
//! tantivy's default tokenizer splits words at every character that is not alphanumeric.
//! Indian scripts write conjuncts with the virama (्, ্, ், ్, ್, ്, ੍, ્, ୍) and sounds with
//! the nukta (़) — combining marks, not letters — so "निर्यात" came out as "निर" + "यात".
//! Here a word is a run of letters, digits, combining marks (Unicode category M) and the
//! joiners ZWJ/ZWNJ; the joiners are dropped from the normalised word (people type them
//! inconsistently), the text is NFC-normalised and lower-cased, and digits of every Indian
//! script become ASCII digits.
//!
//! ```
//! use export_helpdesk::text::words;
//! assert_eq!(words("निर्यात कैसे करें?"), ["निर्यात", "कैसे", "करें"]);
//! assert_eq!(words("RoDTEP: (AND) \"rates\""), ["rodtep", "and", "rates"]);
//! ```

pub mod mask;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';

/// The ASCII digit for a decimal digit of Latin or any Indian script ('९' → '9').
pub fn ascii_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let cp = c as u32;
    // Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam
    // each keep their digits at offsets 0x66..=0x6F of their 128-character block.
    if (0x0900..=0x0D7F).contains(&cp) && (0x66..=0x6F).contains(&(cp & 0x7F)) {
        return char::from_digit((cp & 0x7F) - 0x66, 10);
    }
    None
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || c == ZWJ || c == ZWNJ
}

/// Splits text into normalised words (no stemming), with byte offsets into `text`.
pub fn word_spans(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let push = |out: &mut Vec<(usize, usize, String)>, s: usize, e: usize| {
        let w = normalize_word(&text[s..e]);
        if !w.is_empty() {
            out.push((s, e, w));
        }
    };
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            push(&mut out, s, i);
        }
    }
    if let Some(s) = start {
        push(&mut out, s, text.len());
    }
    // "t-shirts", "e-BRC": also the joined word, so "tshirt" and "ebrc" match too.
    let mut joined = Vec::new();
    for pair in out.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if &text[a.1..b.0] == "-" {
            joined.push((a.0, b.1, format!("{}{}", a.2, b.2)));
        }
    }
    out.extend(joined);
    out.sort_by_key(|w| (w.0, w.1));
    out
}

/// Normalises one word: joiners dropped, NFC, lower case, ASCII digits.
fn normalize_word(w: &str) -> String {
    let cleaned: String = w
        .chars()
        .filter(|&c| c != ZWJ && c != ZWNJ)
        .map(|c| ascii_digit(c).unwrap_or(c))
        .collect();
    // A word that is only combining marks (a stray virama) carries nothing.
    if cleaned.chars().all(is_combining_mark) {
        return String::new();
    }
    cleaned.nfc().collect::<String>().to_lowercase()
}

/// The normalised words of a text, without stemming.
pub fn words(text: &str) -> Vec<String> {
    word_spans(text).into_iter().map(|(_, _, w)| w).collect()
}

/// Same as [`words`]; used for lexicon entries.
pub fn normalize_words(text: &str) -> Vec<String> {
    words(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One sentence per script with a word that holds a virama or nukta; the word must come
    /// out whole.
    #[test]
    fn words_with_virama_and_nukta_stay_whole_in_every_indian_script() {
        let cases = [
            ("निर्यात नीति", "निर्यात"),        // Hindi / Devanagari, virama
            ("निर्यातदार नोंदणी", "निर्यातदार"), // Marathi / Devanagari
            ("রপ্তানি নীতি", "রপ্তানি"),          // Bengali
            ("ஏற்றுமதி கொள்கை", "ஏற்றுமதி"),     // Tamil (pulli)
            ("ఎగుమతి విధానం", "ఎగుమతి"),          // Telugu
            ("ನಿರ್ಯಾತ ನೀತಿ", "ನಿರ್ಯಾತ"),            // Kannada
            ("കയറ്റുമതി നയം", "കയറ്റുമതി"),       // Malayalam
            ("ਨਿਰਯਾਤ ਨੀਤੀ", "ਨਿਰਯਾਤ"),        // Punjabi / Gurmukhi
            ("નિકાસ નીતિ", "નિકાસ"),          // Gujarati
            ("ରପ୍ତାନି ନୀତି", "ରପ୍ତାନି"),             // Odia
            ("ड़ी फ़ीस", "ड़ी"),                 // nukta
            ("ক্ষমতা বৃদ্ধি", "ক্ষমতা"),            // Bengali conjunct
            ("ਪ੍ਰਮਾਣ ਪੱਤਰ", "ਪ੍ਰਮਾਣ"),           // Gurmukhi virama + addak
        ];
        for (sentence, first) in cases {
            let got = words(sentence);
            assert_eq!(got.len(), 2, "{sentence:?} split into {got:?}");
            assert_eq!(got[0], first.nfc().collect::<String>(), "in {sentence:?}");
        }
    }

    #[test]
    fn joiners_do_not_split_a_word_and_are_dropped_from_it() {
        // Malayalam chillu written with ZWJ, Bengali with ZWNJ.
        let with_zwj = "ന്\u{200D}";
        assert_eq!(words(&format!("അവ{with_zwj}റെ")).len(), 1);
        assert_eq!(words("র\u{200C}্যাব"), words("র্যাব"));
        assert!(words("\u{200D}\u{200C}").is_empty());
    }

    #[test]
    fn latin_text_is_lower_cased_and_punctuation_splits() {
        assert_eq!(
            words("IEC: \"Fee\" (AND) title:x"),
            ["iec", "fee", "and", "title", "x"]
        );
    }

    #[test]
    fn indian_digits_become_ascii() {
        assert_eq!(words("०९१० ০৯ ௦௯"), ["0910", "09", "09"]);
    }

    #[test]
    fn emoji_and_symbols_give_no_words() {
        assert!(words("🙏🙏 ✅ ... ?!").is_empty());
        assert!(words("").is_empty());
        assert!(words("\u{094D}").is_empty(), "a lone virama is no word");
    }
}
