//! Cross-script reading of words: a word of any of the ten Indian languages' nine scripts, or
//! a Latin word, read as a *phonetic key* in one shared alphabet, so that "निर्यात" and
//! "niryat", "हल्दी" and "haldi", or "सर्टिफिकेट" and "certificate" meet, and English
//! initialisms spelled out in an Indian script ("जीएसटी", "এইচএস", "ಎಲ್‌ಯುಟಿ") read as the
//! Latin letters they name ("gst", "hs", "lut").
//!
//! Three steps, each linear in the word (words over `MAX_WORD_CHARS` are never read):
//! 1. [`romanize`]: a word of an Indian script to plain Latin letters, from a table per
//!    script. The Unicode blocks of the nine scripts share one layout (a letter's offset in
//!    its block names the same sound in each), so each script's table is the shared
//!    [`BASE`] table plus that script's differences ([`overrides`]: Bengali and Odia ya read
//!    as "j", Tamil's grantha and its ழ/ற, Malayalam's chillu letters, Gurmukhi's tippi and
//!    addak...). A consonant carries the inherent vowel unless a vowel sign or the virama
//!    follows; it is written `A`, so that it can be left out where speech leaves it out.
//! 2. [`phonetic_key`]: Latin letters (typed, or from step 1) to sound classes: voicing and
//!    aspiration merged (k/g/kh/gh → `k`, t/d/ṭ/ḍ/th/dh → `t`, p/b/ph/bh/f → `p`,
//!    ch/j/jh/z → `c`, s/sh → `s`, v/w → `v`), "c" read as `s` before e/i/y and as `k`
//!    elsewhere, vowels kept as a/e/i/o/u. The *skeleton* is the key without vowels and
//!    repeats: what the index looks words up by.
//! 3. [`letter_names`]: the romanised word parsed as a run of the names of Latin letters as
//!    they are said in India ("ech" h, "es" s, "ai" i, "ī" e, "si" c, "ji" g, "ti" t, "el" l,
//!    "yu" u ...), giving the initialism they spell.
//!
//! [`closeness`] compares two keys (vowel and voicing differences cost little) to rank the
//! words sharing a skeleton.

mod letters;
#[cfg(test)]
mod tests;

pub use letters::{MAX_LETTER_READINGS, letter_names};

/// The nine Indian scripts, by the start of their Unicode block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndicScript {
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Odia,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
}

impl IndicScript {
    /// The script of a character, if it is one of the nine.
    pub fn of(c: char) -> Option<IndicScript> {
        use IndicScript::*;
        Some(match c as u32 {
            0x0900..=0x097F => Devanagari,
            0x0980..=0x09FF => Bengali,
            0x0A00..=0x0A7F => Gurmukhi,
            0x0A80..=0x0AFF => Gujarati,
            0x0B00..=0x0B7F => Odia,
            0x0B80..=0x0BFF => Tamil,
            0x0C00..=0x0C7F => Telugu,
            0x0C80..=0x0CFF => Kannada,
            0x0D00..=0x0D7F => Malayalam,
            _ => return None,
        })
    }
}

/// What a letter of an Indian script is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sound {
    /// An independent vowel.
    Vowel(&'static str),
    /// A consonant, which carries the inherent vowel unless a sign or the virama follows.
    Consonant(&'static str),
    /// A consonant that never carries a vowel (Malayalam chillu, Bengali khanda ta).
    Dead(&'static str),
    /// A vowel sign (matra) after a consonant.
    Sign(&'static str),
    /// The virama: the consonant before has no vowel.
    Virama,
    /// Nasalisation or the visarga: a sound after the vowel.
    After(&'static str),
    /// The nukta: the consonant before is another sound.
    Nukta,
    /// Gurmukhi addak: the next consonant is doubled (nothing to write).
    Silent,
}

use Sound::*;

/// The shared layout of the nine blocks: offset (code point & 0x7F) → sound. Long and short
/// vowels are written alike (people type "haldi" for हल्दी), retroflex and dental consonants
/// alike (both are "t" and "d" in Latin).
const BASE: [Option<Sound>; 128] = {
    let mut t: [Option<Sound>; 128] = [None; 128];
    t[0x01] = Some(After("n")); // candrabindu
    t[0x02] = Some(After("n")); // anusvara
    t[0x03] = Some(After("h")); // visarga
    t[0x05] = Some(Vowel("a"));
    t[0x06] = Some(Vowel("a"));
    t[0x07] = Some(Vowel("i"));
    t[0x08] = Some(Vowel("i"));
    t[0x09] = Some(Vowel("u"));
    t[0x0A] = Some(Vowel("u"));
    t[0x0B] = Some(Vowel("ri"));
    t[0x0C] = Some(Vowel("li"));
    t[0x0D] = Some(Vowel("e"));
    t[0x0E] = Some(Vowel("e"));
    t[0x0F] = Some(Vowel("e"));
    t[0x10] = Some(Vowel("ai"));
    t[0x11] = Some(Vowel("o"));
    t[0x12] = Some(Vowel("o"));
    t[0x13] = Some(Vowel("o"));
    t[0x14] = Some(Vowel("au"));
    t[0x15] = Some(Consonant("k"));
    t[0x16] = Some(Consonant("kh"));
    t[0x17] = Some(Consonant("g"));
    t[0x18] = Some(Consonant("gh"));
    t[0x19] = Some(Consonant("n"));
    t[0x1A] = Some(Consonant("ch"));
    t[0x1B] = Some(Consonant("chh"));
    t[0x1C] = Some(Consonant("j"));
    t[0x1D] = Some(Consonant("jh"));
    t[0x1E] = Some(Consonant("n"));
    t[0x1F] = Some(Consonant("t"));
    t[0x20] = Some(Consonant("th"));
    t[0x21] = Some(Consonant("d"));
    t[0x22] = Some(Consonant("dh"));
    t[0x23] = Some(Consonant("n"));
    t[0x24] = Some(Consonant("t"));
    t[0x25] = Some(Consonant("th"));
    t[0x26] = Some(Consonant("d"));
    t[0x27] = Some(Consonant("dh"));
    t[0x28] = Some(Consonant("n"));
    t[0x29] = Some(Consonant("n"));
    t[0x2A] = Some(Consonant("p"));
    t[0x2B] = Some(Consonant("ph"));
    t[0x2C] = Some(Consonant("b"));
    t[0x2D] = Some(Consonant("bh"));
    t[0x2E] = Some(Consonant("m"));
    t[0x2F] = Some(Consonant("y"));
    t[0x30] = Some(Consonant("r"));
    t[0x31] = Some(Consonant("r"));
    t[0x32] = Some(Consonant("l"));
    t[0x33] = Some(Consonant("l"));
    t[0x34] = Some(Consonant("l"));
    t[0x35] = Some(Consonant("v"));
    t[0x36] = Some(Consonant("sh"));
    t[0x37] = Some(Consonant("sh"));
    t[0x38] = Some(Consonant("s"));
    t[0x39] = Some(Consonant("h"));
    t[0x3C] = Some(Nukta);
    t[0x3E] = Some(Sign("a"));
    t[0x3F] = Some(Sign("i"));
    t[0x40] = Some(Sign("i"));
    t[0x41] = Some(Sign("u"));
    t[0x42] = Some(Sign("u"));
    t[0x43] = Some(Sign("ri"));
    t[0x44] = Some(Sign("ri"));
    t[0x45] = Some(Sign("e"));
    t[0x46] = Some(Sign("e"));
    t[0x47] = Some(Sign("e"));
    t[0x48] = Some(Sign("ai"));
    t[0x49] = Some(Sign("o"));
    t[0x4A] = Some(Sign("o"));
    t[0x4B] = Some(Sign("o"));
    t[0x4C] = Some(Sign("au"));
    t[0x4D] = Some(Virama);
    t[0x55] = Some(Silent); // Telugu length mark
    t[0x56] = Some(Sign("ai")); // Telugu ai length mark
    t[0x57] = Some(Sign("au")); // au length mark (Malayalam, Odia)
    t[0x58] = Some(Consonant("k")); // qa and the other precomposed nukta letters
    t[0x59] = Some(Consonant("kh"));
    t[0x5A] = Some(Consonant("g"));
    t[0x5B] = Some(Consonant("z"));
    t[0x5C] = Some(Consonant("r"));
    t[0x5D] = Some(Consonant("r"));
    t[0x5E] = Some(Consonant("f"));
    t[0x5F] = Some(Consonant("y"));
    t[0x60] = Some(Vowel("ri"));
    t[0x61] = Some(Vowel("li"));
    t[0x62] = Some(Sign("li"));
    t[0x63] = Some(Sign("li"));
    t
};

/// Where a script differs from [`BASE`].
fn overrides(script: IndicScript, offset: u32) -> Option<Option<Sound>> {
    use IndicScript::*;
    Some(match (script, offset) {
        // Bengali and Odia: য / ଯ is "ja"; য় / ୟ (offset 0x5F) is "ya". After a virama (the
        // ya-phala of ক্য) it is a y again: see `romanize`.
        (Bengali | Odia, 0x2F) => Some(Consonant("j")),
        (Bengali, 0x4E) => Some(Dead("t")),      // khanda ta ৎ
        (Bengali, 0x70) => Some(Consonant("r")), // Assamese ra
        (Bengali, 0x71) => Some(Consonant("v")), // Assamese wa
        (Odia, 0x71) => Some(Consonant("v")),    // ୱ
        // Gurmukhi: tippi is a nasal, addak doubles the next consonant, and ੲ ੳ carry vowels.
        (Gurmukhi, 0x70) => Some(After("n")),
        (Gurmukhi, 0x71) => Some(Silent),
        (Gurmukhi, 0x72) => Some(Vowel("i")),
        (Gurmukhi, 0x73) => Some(Vowel("u")),
        (Gurmukhi, 0x75) => Some(Sign("y")), // yakash
        // Tamil: ழ is a retroflex approximant written "zh" or "l"; ற is an r (ற்ற a "tr").
        (Tamil, 0x34) => Some(Consonant("l")),
        (Tamil, 0x31) => Some(Consonant("r")),
        (Tamil, 0x03) => Some(After("")), // aytham ஃ: marks ஃப as f; leave it silent
        // Malayalam chillu letters: consonants without a vowel.
        (Malayalam, 0x54) => Some(Dead("m")),
        (Malayalam, 0x55) => Some(Dead("y")),
        (Malayalam, 0x56) => Some(Dead("l")),
        (Malayalam, 0x7A) => Some(Dead("n")),
        (Malayalam, 0x7B) => Some(Dead("n")),
        (Malayalam, 0x7C) => Some(Dead("r")),
        (Malayalam, 0x7D) => Some(Dead("l")),
        (Malayalam, 0x7E) => Some(Dead("l")),
        (Malayalam, 0x7F) => Some(Dead("k")),
        (Malayalam, 0x3B | 0x3C) => Some(Silent), // vertical bar virama signs
        _ => return None,
    })
}

fn sound(script: IndicScript, offset: u32) -> Option<Sound> {
    overrides(script, offset).unwrap_or(BASE[offset as usize & 0x7F])
}

/// The inherent vowel, as `romanize` writes it.
pub const INHERENT: char = 'A';

/// A word of an Indian script in Latin letters (lower case, the inherent vowel as
/// [`INHERENT`], left out at the end of the word as Hindi speech leaves it). `None` for a
/// word with a letter of no Indian script (Latin, digits). Linear in the word.
///
/// ```
/// use export_helpdesk::search::translit::romanize;
/// assert_eq!(romanize("निर्यात").as_deref(), Some("niryat"));
/// assert_eq!(romanize("हल्दी").as_deref(), Some("hAldi"));
/// ```
pub fn romanize(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    // Whether the last letter written is a consonant still carrying its inherent vowel.
    let mut pending = false;
    // The consonant last written, for the nukta.
    let mut last_consonant: Option<(usize, &'static str)> = None;
    let mut after_virama = false;
    let mut script_seen = None;
    for c in word.chars() {
        let script = IndicScript::of(c)?;
        script_seen.get_or_insert(script);
        let offset = c as u32 & 0x7F;
        let Some(s) = sound(script, offset) else {
            continue;
        };
        // Tamil: ச at the start of a word is said "s" ("சர்டிபிகேட்").
        let s = match (script, s, out.is_empty()) {
            (IndicScript::Tamil, Consonant("ch"), true) => Consonant("s"),
            // ya after a virama is the ya-phala: a y in every script.
            (IndicScript::Bengali | IndicScript::Odia, Consonant("j"), _)
                if after_virama && offset == 0x2F =>
            {
                Consonant("y")
            }
            (_, s, _) => s,
        };
        after_virama = false;
        match s {
            Vowel(v) => {
                if pending {
                    out.push(INHERENT);
                }
                pending = false;
                out.push_str(v);
                last_consonant = None;
            }
            Consonant(k) | Dead(k) => {
                if pending {
                    out.push(INHERENT);
                }
                last_consonant = Some((out.len(), k));
                out.push_str(k);
                pending = matches!(s, Consonant(_));
            }
            Sign(v) => {
                pending = false;
                out.push_str(v);
                last_consonant = None;
            }
            Virama => {
                pending = false;
                after_virama = true;
            }
            After(a) => {
                if pending {
                    out.push(INHERENT);
                }
                pending = false;
                out.push_str(a);
            }
            Nukta => {
                if let Some((at, k)) = last_consonant {
                    let nukta = match k {
                        "k" => "k",
                        "kh" => "kh",
                        "g" => "g",
                        "j" => "z",
                        "d" | "dh" => "r",
                        "ph" => "f",
                        "y" => "y",
                        other => other,
                    };
                    out.replace_range(at..at + k.len(), nukta);
                    last_consonant = Some((at, nukta));
                }
            }
            Silent => {}
        }
    }
    // A doubled ற is said "tr" in Tamil and "tt" in Malayalam ("ஏற்றுமதி" etrumati,
    // "കയറ്റുമതി" kayattumati).
    match script_seen? {
        IndicScript::Tamil => Some(out.replace("rr", "tr")),
        IndicScript::Malayalam => Some(out.replace("rr", "tt")),
        _ => Some(out),
    }
}

/// One class of the phonetic key of a run of Latin letters.
fn classes(latin: &str) -> Vec<char> {
    let b: Vec<char> = latin.chars().collect();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let at = |i: usize| b.get(i).copied().unwrap_or(' ');
    while i < b.len() {
        let c = b[i];
        let next = at(i + 1);
        let two = |x: char| next == x;
        let (class, len) = match c {
            'a' | INHERENT => ('a', 1),
            'e' | 'i' | 'o' | 'u' => (c, 1),
            'c' if two('h') && at(i + 2) == 'h' => ('c', 3),
            'c' if two('h') => ('c', 2),
            'c' if matches!(next, 'e' | 'i' | 'y') => ('s', 1),
            'c' => ('k', 1),
            'k' | 'g' | 'q' if two('h') => ('k', 2),
            'k' | 'g' | 'q' => ('k', 1),
            'j' if two('h') => ('c', 2),
            'j' | 'z' => ('c', 1),
            't' | 'd' if two('h') => ('t', 2),
            't' | 'd' => ('t', 1),
            'p' | 'b' if two('h') => ('p', 2),
            'p' | 'b' | 'f' => ('p', 1),
            's' if two('h') => ('s', 2),
            's' => ('s', 1),
            'v' | 'w' => ('v', 1),
            'x' => {
                out.push('k');
                ('s', 1)
            }
            // y is a vowel at the end of a word or between consonants ("city", "myth").
            'y' if i > 0 && !matches!(next, 'a' | 'e' | 'i' | 'o' | 'u' | INHERENT) => ('i', 1),
            'h' | 'l' | 'm' | 'n' | 'r' | 'y' => (c, 1),
            _ => (c, 1),
        };
        out.push(class);
        i += len;
    }
    out
}

/// The phonetic key of a word of any script: vowels and consonant classes (see the module
/// documentation). `None` for a word that is neither Latin letters nor one Indian script.
pub fn phonetic_key(word: &str) -> Option<Vec<char>> {
    if word.chars().all(|c| c.is_ascii_lowercase()) {
        return Some(classes(word));
    }
    romanize(word).map(|r| classes(&r))
}

/// The key without vowels and without repeats: "haldi", "हल्दी" → "hlt".
pub fn skeleton(key: &[char]) -> String {
    let mut out = String::with_capacity(key.len());
    let mut last = ' ';
    for &c in key {
        if is_vowel(c) {
            continue;
        }
        if c != last {
            out.push(c);
        }
        last = c;
    }
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// How far apart two phonetic keys are: an edit distance in which two vowels differ by a
/// half, leaving out a vowel or an h costs a half, and anything else one. Comparing keys
/// already merges voicing and aspiration. Divided by the longer key's length: 0 for the
/// same sounds, about 0.1–0.2 for one word spelled in two scripts.
pub fn closeness(a: &[char], b: &[char]) -> f32 {
    let indel = |c: char| if is_vowel(c) || c == 'h' { 0.5 } else { 1.0 };
    let sub = |x: char, y: char| {
        if x == y {
            0.0
        } else if is_vowel(x) && is_vowel(y) {
            0.5
        } else {
            1.0
        }
    };
    let mut prev: Vec<f32> = Vec::with_capacity(b.len() + 1);
    prev.push(0.0);
    for &y in b {
        let last = *prev.last().unwrap_or(&0.0);
        prev.push(last + indel(y));
    }
    let mut cur = vec![0.0f32; b.len() + 1];
    for &x in a {
        cur[0] = prev[0] + indel(x);
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + sub(x, y))
                .min(prev[j + 1] + indel(x))
                .min(cur[j] + indel(y));
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] / a.len().max(b.len()).max(1) as f32
}
