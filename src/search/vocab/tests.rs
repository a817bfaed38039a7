//! Unit tests of the vocabulary's repairs and their bounds.

use super::distance::alike;
use super::*;
use crate::search::MAX_REPAIR_STEPS;

fn vocab(words: &[&str]) -> Vocabulary {
    let mut v = Vocabulary::default();
    for w in words {
        v.add(w, true);
    }
    v.finish();
    v
}

#[test]
fn typos_are_repaired_to_the_nearest_known_word() {
    let v = vocab(&[
        "rodtep",
        "certificate",
        "origin",
        "advance",
        "authorization",
        "scheme",
    ]);
    let w = &mut Work::default();
    assert_eq!(v.corrections("rodtap", w), ["rodtep"]);
    assert_eq!(v.corrections("certficate", w), ["certificate"]);
    assert_eq!(v.corrections("orgin", w), ["origin"]);
    assert_eq!(
        v.corrections("shceme", w),
        ["scheme"],
        "an adjacent swap costs one"
    );
    assert_eq!(v.corrections("autorization", w), ["authorization"]);
    assert!(v.corrections("weather", w).is_empty());
    assert!(
        v.corrections("abc", w).is_empty(),
        "short words are not guessed at"
    );
}

#[test]
fn inflected_indic_words_find_their_stem_by_prefix() {
    let v = vocab(&["ஏற்றுமதி", "निर्यात", "చెల్లించాలి", "మౌసమ"]);
    let w = &mut Work::default();
    assert_eq!(v.prefix_matches("ஏற்றுமதிக்கு", w), ["ஏற்றுமதி"]);
    assert_eq!(v.prefix_matches("निर्यातकों", w), ["निर्यात"]);
    assert_eq!(v.prefix_matches("చెల్లించాలా", w), ["చెల్లించాలి"]);
    assert!(v.prefix_matches("मौसम", w).is_empty());
    assert!(v.prefix_matches("नि", w).is_empty(), "too short to guess");
}

#[test]
fn longer_words_are_repaired_at_two_edits() {
    let v = vocab(&[
        "certificate",
        "origin",
        "registration",
        "regulation",
        "authorisation",
        "exporter",
        "importer",
    ]);
    let w = &mut Work::default();
    assert_eq!(
        v.corrections("certfcate", w),
        ["certificate"],
        "two letters left out"
    );
    assert_eq!(
        v.corrections("sertifikate", w),
        ["certificate"],
        "two letters that sound alike"
    );
    assert_eq!(v.corrections("regstraton", w), ["registration"]);
    assert_eq!(v.corrections("autorisaton", w), ["authorisation"]);
    assert!(
        v.corrections("ordign", w).is_empty(),
        "a word of six letters gets one edit only"
    );
    assert!(v.corrections("xyzzyplugh", w).is_empty());
}

#[test]
fn candidates_with_as_many_edits_are_ranked_by_sound_and_keyboard() {
    // "exportar" is one edit from both; "e" sounds like "a" in "exporter".
    let v = vocab(&["exporter", "exportor"]);
    let w = &mut Work::default();
    assert_eq!(v.corrections("exportar", w)[0], "exporter");
    assert!(weighted_cost(&chars("sertifikate"), &chars("certificate")) < 8);
    assert!(alike('s', 'c') && alike('q', 'w') && !alike('q', 'm'));
}

#[test]
fn repair_work_is_bounded_whatever_the_word() {
    let words: Vec<String> = (0..2000).map(|i| format!("word{i:04}abc")).collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let v = vocab(&refs);
    for q in [
        "wordabc",
        "word1234ab",
        "wxrd0000abc",
        &"w".repeat(32),
        &"w".repeat(4096),
    ] {
        let mut w = Work::default();
        v.corrections(q, &mut w);
        v.prefix_matches(q, &mut w);
        assert!(
            w.variants <= crate::search::MAX_VARIANTS_PER_WORD,
            "{q}: {w:?}"
        );
        assert!(w.candidates <= MAX_REPAIR_CANDIDATES, "{q}: {w:?}");
        assert!(w.steps <= MAX_REPAIR_STEPS, "{q}: {w:?}");
        assert!(w.scanned <= MAX_PREFIX_SCAN, "{q}: {w:?}");
    }
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

#[test]
fn words_are_found_across_scripts_by_their_sounds() {
    let v = vocab(&[
        "हल्दी",
        "निर्यात",
        "certificate",
        "gst",
        "lut",
        "iec",
        "hs",
        "মরিচ",
    ]);
    let w = &mut Work::default();
    assert_eq!(
        v.transliterations("haldi", w),
        ["हल्दी"],
        "Latin to Devanagari"
    );
    assert_eq!(v.transliterations("niryat", w), ["निर्यात"]);
    assert_eq!(
        v.transliterations("सर्टिफिकेट", w),
        ["certificate"],
        "English in Devanagari"
    );
    assert_eq!(
        v.transliterations("சர்டிபிகேட்", w),
        ["certificate"],
        "English in Tamil"
    );
    assert_eq!(
        v.transliterations("morich", w),
        ["মরিচ"],
        "Latin to Bengali"
    );
    assert_eq!(
        v.transliterations("जीएसटी", w),
        ["gst"],
        "initialism in Devanagari"
    );
    assert_eq!(v.transliterations("ஜிஎஸ்டி", w), ["gst"], "in Tamil");
    assert_eq!(v.transliterations("జీఎస్టీ", w), ["gst"], "in Telugu");
    assert_eq!(v.transliterations("ಎಲ್ಯುಟಿ", w), ["lut"], "in Kannada");
    assert_eq!(v.transliterations("আইইসি", w), ["iec"], "in Bengali");
    assert_eq!(v.transliterations("আইইসি", w), ["iec"]);
    assert!(v.transliterations("weather", w).is_empty());
    let latin = vocab(&["start", "satur"]);
    assert!(
        latin.transliterations("saturday", w).is_empty(),
        "Latin words are not matched to Latin words by sound"
    );
    assert!(v.transliterations(&"ह".repeat(40), w).is_empty());
}
