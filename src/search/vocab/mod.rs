//! The vocabulary of the knowledge base, for repairing query words the index does not know:
//! typos ("rodtap", "certficate", "regstraton") by edit distance, and inflected Indic words
//! ("ஏற்றுமதிக்கு" → "ஏற்றுமதி") by prefix.
//!
//! Typos: a word of 4–7 letters is repaired at one edit through a deletion index (the
//! SymSpell idea: two words one edit apart share a one-letter deletion). A word of
//! [`TWO_EDITS_FROM`] letters or more is repaired at up to two edits by walking a Levenshtein
//! automaton of the word over an FST of the vocabulary: the walk reads only the branches of
//! the FST that can still end within two edits, and stops after [`MAX_REPAIR_STEPS`](super::MAX_REPAIR_STEPS)
//! transitions whatever the word. Candidates are ranked by edits, then by a weighted cost in
//! which letters that sound alike or sit side by side on a keyboard ("s"/"c", "k"/"c",
//! "v"/"w", "i"/"e") differ by a half, then by curated knowledge, then by frequency.

use std::collections::{BTreeMap, HashMap};

use std::sync::Arc;

use super::translit;

mod distance;
#[cfg(test)]
mod tests;

use distance::{BoundedDfa, bounded_distance, deletions, two_edits, weighted_cost};

use super::{MAX_PREFIX_MATCHES, MAX_PREFIX_SCAN, MAX_REPAIR_CANDIDATES, MAX_WORD_CHARS};

/// How far apart (see `translit::closeness`) two words of different scripts may sound and
/// still be taken for one another.
pub const MAX_SOUND_DISTANCE: f32 = 0.2;

/// Latin (None) or the Indian script of a word's first letter.
fn script_class(word: &str) -> Option<translit::IndicScript> {
    word.chars().find_map(translit::IndicScript::of)
}

/// Words of this many letters or more are repaired at up to two edits; shorter ones at one
/// (two edits in a word of six letters reach too many other words).
pub const TWO_EDITS_FROM: usize = 8;

/// What repairing one word cost: counted as the work is done, each bounded by a constant of
/// `search`, so a query plan's size can be checked (see `search::QueryPlan`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    /// Spelling variants of the word generated (the word and its deletions).
    pub variants: usize,
    /// Known words compared with the word by edit distance.
    pub candidates: usize,
    /// Vocabulary entries read while looking for words sharing a prefix.
    pub scanned: usize,
    /// Transitions of the Levenshtein automaton over the vocabulary's FST.
    pub steps: usize,
}

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
    /// `latin` as an FST (word → index), for repair at two edits.
    fst: Option<Arc<tantivy_fst::Map<Vec<u8>>>>,
    /// Words of every script with a phonetic skeleton of two sounds or more...
    sounds: Vec<String>,
    /// ...by skeleton (see `translit`), most curated and frequent first.
    skeletons: HashMap<String, Vec<u32>>,
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
            if w.len() < 4
                || w.len() > MAX_WORD_CHARS
                || !w.bytes().all(|b| b.is_ascii_alphanumeric())
            {
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
        self.sounds.clear();
        self.skeletons.clear();
        for w in self.words.keys() {
            if w.chars().count() > MAX_WORD_CHARS {
                continue;
            }
            let Some(key) = translit::phonetic_key(w) else {
                continue;
            };
            let skeleton = translit::skeleton(&key);
            if skeleton.len() < 2 {
                continue;
            }
            let id = self.sounds.len() as u32;
            self.sounds.push(w.clone());
            self.skeletons.entry(skeleton).or_default().push(id);
        }
        for ids in self.skeletons.values_mut() {
            ids.sort_by_key(|&id| {
                let (df, curated) = self.words[&self.sounds[id as usize]];
                (std::cmp::Reverse(curated), std::cmp::Reverse(df))
            });
        }
        // `words` is a BTreeMap, so `latin` is sorted, as an FST needs.
        self.fst = tantivy_fst::Map::from_iter(
            self.latin
                .iter()
                .enumerate()
                .map(|(i, w)| (w.as_bytes(), i as u64)),
        )
        .ok()
        .map(Arc::new);
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

    /// Known Latin words within a small edit distance of `word` (1 for words of 4 to
    /// [`TWO_EDITS_FROM`]` - 1` letters, up to 2 for longer ones; none over
    /// [`MAX_WORD_CHARS`]), best first (see the module documentation). At most 3, all with
    /// the fewest edits found.
    pub fn corrections(&self, word: &str, work: &mut Work) -> Vec<String> {
        let n = word.chars().count();
        if !(4..=MAX_WORD_CHARS).contains(&n) {
            return Vec::new();
        }
        let target: Vec<char> = word.chars().collect();
        let mut found: Vec<Candidate> = Vec::new();
        let mut consider = |id: u32, max: usize, work: &mut Work| {
            let cand = &self.latin[id as usize];
            let c: Vec<char> = cand.chars().collect();
            if let Some(d) = bounded_distance(&target, &c, max).filter(|&d| d > 0) {
                let (df, curated) = self.words[cand];
                let cost = weighted_cost(&target, &c);
                found.push((
                    d,
                    cost,
                    std::cmp::Reverse(curated),
                    std::cmp::Reverse(df),
                    id,
                ));
            }
            work.candidates += 1;
        };
        if n < TWO_EDITS_FROM {
            // One edit: the word or one of its deletions is a known word or one of its
            // deletions.
            let variants: Vec<String> = std::iter::once(word.to_string())
                .chain(deletions(word))
                .collect();
            work.variants += variants.len();
            let mut seen = std::collections::HashSet::new();
            'outer: for v in &variants {
                for &id in self.deletes.get(v).into_iter().flatten() {
                    if work.candidates >= MAX_REPAIR_CANDIDATES {
                        break 'outer;
                    }
                    if seen.insert(id) {
                        consider(id, 1, work);
                    }
                }
            }
        } else if let Some(fst) = &self.fst {
            use tantivy_fst::{IntoStreamer, Streamer};
            let dfa = two_edits().build_dfa(word);
            let walk = BoundedDfa {
                dfa: &dfa,
                steps: std::cell::Cell::new(0),
            };
            let mut ids = Vec::new();
            {
                let mut stream = fst.search(&walk).into_stream();
                while let Some((_, id)) = stream.next() {
                    if ids.len() >= MAX_REPAIR_CANDIDATES {
                        break;
                    }
                    ids.push(id as u32);
                }
            }
            work.steps += walk.steps.get();
            for id in ids {
                consider(id, 2, work);
            }
        }
        found.sort();
        let best = found.first().map(|f| f.0);
        found
            .into_iter()
            .take_while(|f| Some(f.0) == best)
            .take(3)
            .map(|f| self.latin[f.4 as usize].clone())
            .collect()
    }

    /// Known words of the same sounds in another script:
    /// "haldi" → "हल्दी", "सर्टिफिकेट" → "certificate"; and for a word of an Indian script
    /// that spells out Latin letters, the initialism it spells when the vocabulary has it
    /// ("जीएसटी" → "gst"). Initialisms first, then words sharing the word's skeleton within
    /// [`MAX_SOUND_DISTANCE`], nearest first. At most [`MAX_REPAIR_CANDIDATES`] compared, 3
    /// returned; nothing for words over [`MAX_WORD_CHARS`].
    pub fn transliterations(&self, word: &str, work: &mut Work) -> Vec<String> {
        if word.chars().count() > MAX_WORD_CHARS {
            return Vec::new();
        }
        let mut out: Vec<String> = translit::letter_names(word)
            .into_iter()
            .filter(|r| self.words.contains_key(r))
            .take(1)
            .collect();
        let Some(key) = translit::phonetic_key(word) else {
            return out;
        };
        let mut near: Vec<(f32, u32)> = Vec::new();
        for &id in self
            .skeletons
            .get(&translit::skeleton(&key))
            .into_iter()
            .flatten()
        {
            if work.candidates >= MAX_REPAIR_CANDIDATES {
                break;
            }
            work.candidates += 1;
            let cand = &self.sounds[id as usize];
            // Only across scripts: within one script a word sounding alike is a different
            // word or a typo (for which Latin has `corrections`).
            if script_class(cand) == script_class(word) {
                continue;
            }
            if let Some(other) = translit::phonetic_key(cand) {
                let d = translit::closeness(&key, &other);
                if d <= MAX_SOUND_DISTANCE {
                    near.push((d, id));
                }
            }
        }
        // Stable: among equals, the bucket's order (curated and frequent first) stays.
        near.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (_, id) in near {
            if out.len() >= 3 {
                break;
            }
            out.push(self.sounds[id as usize].clone());
        }
        out
    }

    /// For a word of an Indian script that the vocabulary lacks: known words that share its
    /// longest stem — a common beginning of at least 4 letters and 60% of the word. This
    /// finds the case-suffixed form ("ஏற்றுமதிக்கு" → "ஏற்றுமதி"), longer forms of a stem,
    /// and sibling inflections ("చెల్లించాలా" → "చెల్లించాలి"), longest shared stems first.
    /// At most [`MAX_PREFIX_MATCHES`], shortest first; words over [`MAX_WORD_CHARS`] are not
    /// looked at, and at most [`MAX_PREFIX_SCAN`] vocabulary entries are read.
    pub fn prefix_matches(&self, word: &str, work: &mut Work) -> Vec<String> {
        let chars: Vec<char> = word.chars().collect();
        let n = chars.len();
        if n > MAX_WORD_CHARS {
            return Vec::new();
        }
        let min = 4.max((n * 60).div_ceil(100));
        let mut found: Vec<String> = Vec::new();
        for len in (min..=n).rev() {
            let prefix: String = chars[..len].iter().collect();
            for (w, _) in self
                .words
                .range(prefix.clone()..)
                .take_while(|(w, _)| w.starts_with(&prefix))
            {
                if found.len() >= MAX_PREFIX_MATCHES || work.scanned >= MAX_PREFIX_SCAN {
                    break;
                }
                work.scanned += 1;
                if w.as_str() != word && w.chars().count() <= n + 6 && !found.contains(w) {
                    found.push(w.clone());
                }
            }
        }
        found.sort_by_key(|w| w.chars().count());
        found
    }
}

/// A repair candidate as it is ranked: edits, weighted cost, curated documents (more
/// first), documents (more first), index into `latin`.
type Candidate = (
    usize,
    u32,
    std::cmp::Reverse<u32>,
    std::cmp::Reverse<u32>,
    u32,
);
