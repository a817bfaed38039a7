//! Edit distances for typo repair: the one- and two-edit machinery (deletions, a bounded
//! Levenshtein walk over the FST) and the weighted cost in which look-alike letters differ
//! by a half.

use std::sync::OnceLock;

use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};

use crate::search::MAX_REPAIR_STEPS;

/// The Levenshtein automaton builder for two edits (an adjacent swap costing one), made
/// once: its tables take a few milliseconds.
pub(super) fn two_edits() -> &'static LevenshteinAutomatonBuilder {
    static BUILDER: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    BUILDER.get_or_init(|| LevenshteinAutomatonBuilder::new(2, true))
}

/// A Levenshtein DFA as an FST automaton that gives up after [`MAX_REPAIR_STEPS`]
/// transitions.
pub(super) struct BoundedDfa<'a> {
    pub(super) dfa: &'a DFA,
    pub(super) steps: std::cell::Cell<usize>,
}

impl tantivy_fst::Automaton for BoundedDfa<'_> {
    type State = u32;

    fn start(&self) -> u32 {
        self.dfa.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(self.dfa.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        // Past the budget every branch is a dead end, so the walk unwinds at once.
        if self.steps.get() >= MAX_REPAIR_STEPS {
            return SINK_STATE;
        }
        self.steps.set(self.steps.get() + 1);
        self.dfa.transition(*state, byte)
    }
}

/// Letters people swap for one another: alike in sound in Indian English ("sertificate",
/// "lisence", "wisa", "recieve") or side by side on a QWERTY keyboard.
pub(super) fn alike(a: char, b: char) -> bool {
    const SOUND: [(char, char); 12] = [
        ('c', 's'),
        ('c', 'k'),
        ('k', 'q'),
        ('s', 'z'),
        ('j', 'z'),
        ('j', 'g'),
        ('v', 'w'),
        ('b', 'v'),
        ('i', 'e'),
        ('i', 'y'),
        ('a', 'e'),
        ('o', 'u'),
    ];
    const ROWS: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    if SOUND.iter().any(|&(x, y)| (x.min(y), x.max(y)) == (a, b)) {
        return true;
    }
    ROWS.iter().any(|row| {
        let (i, j) = (row.find(a), row.find(b));
        matches!((i, j), (Some(i), Some(j)) if i.abs_diff(j) == 1)
    })
}

/// An edit distance in quarters: a substitution of [`alike`] letters costs 2, other edits 4,
/// dropping or adding a doubled letter 2. For ranking candidates with the same edit count.
pub(super) fn weighted_cost(a: &[char], b: &[char]) -> u32 {
    let (n, m) = (a.len(), b.len());
    let indel = |s: &[char], i: usize| -> u32 {
        // s[i] is a doubled letter when it repeats its neighbour.
        let doubled = (i > 0 && s[i - 1] == s[i]) || s.get(i + 1) == Some(&s[i]);
        if doubled { 2 } else { 4 }
    };
    let mut d = vec![vec![0u32; m + 1]; n + 1];
    for i in 1..=n {
        d[i][0] = d[i - 1][0] + indel(a, i - 1);
    }
    for j in 1..=m {
        d[0][j] = d[0][j - 1] + indel(b, j - 1);
    }
    for i in 1..=n {
        for j in 1..=m {
            let sub = if a[i - 1] == b[j - 1] {
                0
            } else if alike(a[i - 1], b[j - 1]) {
                2
            } else {
                4
            };
            let mut v = (d[i - 1][j - 1] + sub)
                .min(d[i - 1][j] + indel(a, i - 1))
                .min(d[i][j - 1] + indel(b, j - 1));
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 3);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}

/// The word with one character left out, at each position.
pub(super) fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..chars.len())
        .map(|i| chars[..i].iter().chain(&chars[i + 1..]).collect())
        .collect()
}

/// Optimal-string-alignment distance (adjacent swaps cost 1), or `None` when over `max`.
pub(super) fn bounded_distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
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
