//! The reply's language: a question written in an Indian script is answered in that
//! script's language, whatever the user's setting; other questions follow the setting.

use crate::lang::Lang;

/// The language an Indian script is read as. Devanagari is Hindi or Marathi.
fn script_of(c: char) -> Option<Script> {
    let script = match c as u32 {
        0x0900..=0x097F => Script::Devanagari,
        0x0980..=0x09FF => Script::One(Lang::Bn),
        0x0A00..=0x0A7F => Script::One(Lang::Pa),
        0x0A80..=0x0AFF => Script::One(Lang::Gu),
        0x0B00..=0x0B7F => Script::One(Lang::Or),
        0x0B80..=0x0BFF => Script::One(Lang::Ta),
        0x0C00..=0x0C7F => Script::One(Lang::Te),
        0x0C80..=0x0CFF => Script::One(Lang::Kn),
        0x0D00..=0x0D7F => Script::One(Lang::Ml),
        _ => return None,
    };
    Some(script)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Devanagari,
    One(Lang),
}

/// The language to reply in. The Indian script with the most letters decides when it has at
/// least a third as many letters as the Latin alphabet ("RoDTEP ಯೋಜನೆ ಏನು?" is Kannada;
/// "HS code of हल्दी for export" follows the setting). Devanagari gives the setting when it
/// is Hindi or Marathi, else Hindi. A question in Latin letters only (English, romanised
/// Hindi) follows the setting.
pub fn reply_language(question: &str, setting: Lang) -> Lang {
    // Letters per language of Lang::ALL (Devanagari counted under Hindi); the first 4,096
    // characters decide.
    let mut counts = [0usize; Lang::ALL.len()];
    let mut latin = 0usize;
    for c in question.chars().take(4096) {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if let Some(s) = script_of(c) {
            let lang = match s {
                Script::Devanagari => Lang::Hi,
                Script::One(l) => l,
            };
            if let Some(i) = Lang::ALL.iter().position(|x| *x == lang) {
                counts[i] += 1;
            }
        }
    }
    // The most letters; on a tie, the language listed first.
    let (best, n) = counts
        .iter()
        .enumerate()
        .fold((0, 0), |acc, (i, &n)| if n > acc.1 { (i, n) } else { acc });
    if n == 0 || n * 3 < latin {
        return setting;
    }
    if Lang::ALL[best] == Lang::Hi {
        return match setting {
            Lang::Hi | Lang::Mr => setting,
            _ => Lang::Hi,
        };
    }
    Lang::ALL[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_in_an_indian_script_gets_that_language_whatever_the_setting() {
        assert_eq!(reply_language("ஏற்றுமதி உரிமம் எப்படி?", Lang::En), Lang::Ta);
        assert_eq!(reply_language("RoDTEP প্রকল্প কী?", Lang::Hi), Lang::Bn);
        assert_eq!(reply_language("RoDTEP ಯೋಜನೆ ಏನು?", Lang::En), Lang::Kn);
        assert_eq!(reply_language("ਨਿਰਯਾਤ ਕਿਵੇਂ ਕਰੀਏ", Lang::Ta), Lang::Pa);
        assert_eq!(reply_language("નિકાસ કેવી રીતે", Lang::En), Lang::Gu);
        assert_eq!(reply_language("ରପ୍ତାନି", Lang::En), Lang::Or);
        assert_eq!(reply_language("ఎగుమతి ఎలా", Lang::Ml), Lang::Te);
        assert_eq!(reply_language("കയറ്റുമതി", Lang::En), Lang::Ml);
    }

    #[test]
    fn devanagari_keeps_hindi_or_marathi_and_is_hindi_otherwise() {
        assert_eq!(reply_language("निर्यात कैसे करें", Lang::Mr), Lang::Mr);
        assert_eq!(reply_language("निर्यात कैसे करें", Lang::Hi), Lang::Hi);
        assert_eq!(reply_language("निर्यात कैसे करें", Lang::En), Lang::Hi);
        assert_eq!(reply_language("निर्यात कैसे करें", Lang::Ta), Lang::Hi);
    }

    #[test]
    fn latin_questions_and_stray_indian_words_follow_the_setting() {
        assert_eq!(reply_language("rodtep kya hai", Lang::Hi), Lang::Hi);
        assert_eq!(reply_language("What is RoDTEP?", Lang::Ta), Lang::Ta);
        assert_eq!(
            reply_language("What is the HS code of हल्दी for export", Lang::En),
            Lang::En
        );
        assert_eq!(reply_language("🙏 1234 ?", Lang::Gu), Lang::Gu);
        assert_eq!(reply_language("", Lang::Bn), Lang::Bn);
    }
}
