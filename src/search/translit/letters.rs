//! Step 3 of cross-script reading: a romanised word parsed as the spoken names of Latin
//! letters ("जीएसटी" → "gst").

use super::{INHERENT, romanize};
use crate::search::MAX_WORD_CHARS;

/// The names of the Latin letters as they are said in India and written in Indian scripts,
/// romanised by [`romanize`] (with the inherent vowel left out): each letter with the
/// spellings of its name in use across the scripts.
const LETTER_NAMES: [(char, &[&str]); 26] = [
    ('a', &["e", "ye"]),
    ('b', &["bi"]),
    ('c', &["si", "shi"]),
    ('d', &["di"]),
    ('e', &["i"]),
    ('f', &["eph", "ef", "ep"]),
    ('g', &["ji"]),
    (
        'h',
        &["ech", "eich", "aich", "hech", "echch", "hechch", "hek"],
    ),
    ('i', &["ai", "ay"]),
    ('j', &["je", "jai"]),
    ('k', &["ke"]),
    ('l', &["el", "ell", "ail"]),
    ('m', &["em", "emm"]),
    ('n', &["en", "enn"]),
    ('o', &["o"]),
    ('p', &["pi"]),
    ('q', &["kyu", "kyuu"]),
    ('r', &["ar", "aar"]),
    ('s', &["es", "ess", "ais"]),
    ('t', &["ti", "tti"]),
    ('u', &["yu", "yuu", "iu"]),
    ('v', &["vi", "bhi"]),
    ('w', &["dablyu", "dabalyu", "dabliu", "dabbalyu", "dablu"]),
    ('x', &["eks", "ex"]),
    ('y', &["vai", "wai", "oy"]),
    ('z', &["zed", "jed", "zet"]),
];

/// At most this many readings of one word as letter names are returned.
pub const MAX_LETTER_READINGS: usize = 4;

/// Readings of a word of an Indian script as an initialism spelled out letter by letter:
/// "जीएसटी" → ["gst"], "এইচএস" → ["hs"], "आईईसी" → ["iec"]. At least two letters; at most
/// [`MAX_LETTER_READINGS`] readings, fewest letters first. Quadratic-free: a left-to-right
/// parse over the romanised word with the inherent vowel optional between names.
pub fn letter_names(word: &str) -> Vec<String> {
    if word.chars().count() > MAX_WORD_CHARS {
        return Vec::new();
    }
    let Some(roman) = romanize(word) else {
        return Vec::new();
    };
    let s: Vec<char> = roman.chars().collect();
    let n = s.len();
    // reach[i]: readings of s[..i] (letters so far), kept to a handful per position.
    let mut reach: Vec<Vec<String>> = vec![Vec::new(); n + 1];
    reach[0].push(String::new());
    for i in 0..n {
        if reach[i].is_empty() {
            continue;
        }
        let here = std::mem::take(&mut reach[i]);
        // The inherent vowel may be skipped (it is not said between letter names).
        if s[i] == INHERENT {
            for r in &here {
                push_reading(&mut reach[i + 1], r.clone());
            }
        }
        for (letter, names) in LETTER_NAMES {
            for name in names {
                let len = name.chars().count();
                if i + len <= n && s[i..i + len].iter().copied().eq(name.chars()) {
                    for r in &here {
                        let mut next = r.clone();
                        next.push(letter);
                        push_reading(&mut reach[i + len], next);
                    }
                }
            }
        }
    }
    let mut out: Vec<String> = std::mem::take(&mut reach[n])
        .into_iter()
        .filter(|r| r.len() >= 2)
        .collect();
    out.sort_by_key(|r| r.len());
    out.dedup();
    out.truncate(MAX_LETTER_READINGS);
    out
}

fn push_reading(v: &mut Vec<String>, r: String) {
    if v.len() < MAX_LETTER_READINGS && !v.contains(&r) {
        v.push(r);
    }
}
