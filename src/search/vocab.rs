//! The vocabulary of the knowledge base, for repairing query words the index does not know:
//! typos ("rodtap", "certficate") by edit distance, and inflected Indic words
//! ("ஏற்றுமதிக்கு" → "ஏற்றுமதி") by prefix.

use std::collections::{BTreeMap, HashMap};

/// Surface words (normalised, unstemmed) with how many documents hold them.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    /// word → (documents holding it, of which entries / products / districts: "curated")
    words: BTreeMap<String, (u32, u32)>,
    /// Latin words of 4 or more letters, for typo repair.
    latin: Vec<String>,
    /// Each Latin word and its one-letter deletions → indexes into `latin` (the SymSpell
    /// idea: two words within one edit share a deletion, so candidates are looked up, not
    /// scanned).
    deletes: HashMap<String, Vec<u32>>,
}

impl Vocabulary {
    pub fn add(&mut self, word: &str, curated: bool) {
        let e = self.words.entry(word.to_string()).or_insert((0, 0));
        e.0 += 1;
        if curated {
            e.1 += 1;
        }
    }

    /// Call once after every `add`.
    pub fn finish(&mut self) {
        self.latin.clear();
        self.deletes.clear();
        for w in self.words.keys() {
            if w.len() < 4 || w.len() > 24 || !w.bytes().all(|b| b.is_ascii_alphanumeric()) {
                continue;
            }
            let id = self.latin.len() as u32;
            self.latin.push(w.clone());
            for variant in std::iter::once(w.clone()).chain(deletions(w)) {
                let ids = self.deletes.entry(variant).or_default();
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            }
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words.contains_key(word)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Known Latin words within a small edit distance of `word` (1 for words of 4–7 letters,
    /// up to 2 for longer ones), nearest first; among equals, words of the curated knowledge (entries,
    /// glossary, districts) before words only found in HS descriptions. At most 3.
    pub fn corrections(&self, word: &str) -> Vec<String> {
        let n = word.chars().count();
        if n < 4 {
            return Vec::new();
        }
        let max = if n >= 8 { 2 } else { 1 };
        let target: Vec<char> = word.chars().collect();
        // Variants of the question's word: itself, its deletions, and (for long words) their
        // deletions; a known word within reach shares one of them with its own deletions.
        let mut variants: Vec<String> = std::iter::once(word.to_string())
            .chain(deletions(word))
            .collect();
        if max >= 2 {
            let second: Vec<String> = variants[1..].iter().flat_map(|v| deletions(v)).collect();
            variants.extend(second);
        }
        let mut seen = std::collections::HashSet::new();
        let mut found: Vec<(
            usize,
            std::cmp::Reverse<u32>,
            std::cmp::Reverse<u32>,
            &String,
        )> = Vec::new();
        for v in &variants {
            for &id in self.deletes.get(v).into_iter().flatten() {
                if !seen.insert(id) {
                    continue;
                }
                let cand = &self.latin[id as usize];
                let c: Vec<char> = cand.chars().collect();
                if let Some(d) = bounded_distance(&target, &c, max).filter(|&d| d > 0) {
                    let (df, curated) = self.words[cand];
                    found.push((d, std::cmp::Reverse(curated), std::cmp::Reverse(df), cand));
                }
            }
        }
        found.sort();
        let best = found.first().map(|f| f.0);
        found
            .into_iter()
            .take_while(|f| Some(f.0) == best)
            .take(3)
            .map(|f| f.3.clone())
            .collect()
    }

    /// For a word of an Indian script that the vocabulary lacks: known words that share its
    /// longest stem — a common beginning of at least 4 letters and 60% of the word. This
    /// finds the case-suffixed form ("ஏற்றுமதிக்கு" → "ஏற்றுமதி"), longer forms of a stem,
    /// and sibling inflections ("చెల్లించాలా" → "చెల్లించాలి"), longest shared stems first.
    /// At most 8, shortest first.
    pub fn prefix_matches(&self, word: &str) -> Vec<String> {
        let chars: Vec<char> = word.chars().collect();
        let n = chars.len();
        let min = 4.max((n * 60).div_ceil(100));
        let mut found: Vec<String> = Vec::new();
        for len in (min..=n).rev() {
            let prefix: String = chars[..len].iter().collect();
            for (w, _) in self
                .words
                .range(prefix.clone()..)
                .take_while(|(w, _)| w.starts_with(&prefix))
            {
                if found.len() >= 8 {
                    break;
                }
                if w.as_str() != word && w.chars().count() <= n + 6 && !found.contains(w) {
                    found.push(w.clone());
                }
            }
        }
        found.sort_by_key(|w| w.chars().count());
        found
    }
}

/// The word with one character left out, at each position.
fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..chars.len())
        .map(|i| chars[..i].iter().chain(&chars[i + 1..]).collect())
        .collect()
}

/// Optimal-string-alignment distance (adjacent swaps cost 1), or `None` when over `max`.
fn bounded_distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let (n, m) = (a.len(), b.len());
    let mut prev2 = vec![0usize; m + 1];
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0usize; m + 1];
    for i in 1..=n {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[m]).filter(|&d| d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(v.corrections("rodtap"), ["rodtep"]);
        assert_eq!(v.corrections("certficate"), ["certificate"]);
        assert_eq!(v.corrections("orgin"), ["origin"]);
        assert_eq!(
            v.corrections("shceme"),
            ["scheme"],
            "an adjacent swap costs one"
        );
        assert_eq!(v.corrections("autorization"), ["authorization"]);
        assert!(v.corrections("weather").is_empty());
        assert!(
            v.corrections("abc").is_empty(),
            "short words are not guessed at"
        );
    }

    #[test]
    fn inflected_indic_words_find_their_stem_by_prefix() {
        let v = vocab(&["ஏற்றுமதி", "निर्यात", "చెల్లించాలి", "మౌసమ"]);
        assert_eq!(v.prefix_matches("ஏற்றுமதிக்கு"), ["ஏற்றுமதி"]);
        assert_eq!(v.prefix_matches("निर्यातकों"), ["निर्यात"]);
        assert_eq!(v.prefix_matches("చెల్లించాలా"), ["చెల్లించాలి"]);
        assert!(v.prefix_matches("मौसम").is_empty());
        assert!(v.prefix_matches("नि").is_empty(), "too short to guess");
    }
}
