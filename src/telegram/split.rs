//! Splitting an HTML message into parts Telegram accepts: each at most `max` UTF-16 code
//! units of shown text (Telegram's count, after entity parsing: an emoji is two, a tag none),
//! cut at a paragraph, else a line, else a space, else between two grapheme clusters — never
//! inside an Indic syllable (a consonant with its virama, matras, nukta or anusvara), an emoji
//! sequence, a tag or an entity. Tags open at a cut are closed at the end of the part and
//! opened again at the start of the next.
//!
//! A [`Splitter`] starts at any byte offset of the message (where an earlier attempt stopped)
//! and can be asked for a smaller part when Telegram says one is too long, so a message that
//! failed half-way resumes from the failed part. Cost: linear in the message length (each
//! byte is read a bounded number of times; at most [`MAX_OPEN`] tags are carried across).

use std::ops::Range;

use super::html::{Token, Tokens};

/// Telegram's limit for one message, in UTF-16 code units of shown text.
pub const MAX_MESSAGE: usize = 4096;

/// Tags carried across a cut at most; deeper nesting is not Telegram HTML anyway.
pub const MAX_OPEN: usize = 16;

/// One part of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// What to send: the tags still open from earlier parts, the source, their closing tags.
    pub html: String,
    /// The bytes of the source message this part carries.
    pub source: Range<usize>,
}

impl Part {
    /// Whether a reader would see nothing of it (Telegram refuses an empty message).
    pub fn is_blank(&self) -> bool {
        Tokens::new(&self.html, 0)
            .filter_map(|(_, t)| t.shown())
            .all(char::is_whitespace)
    }
}

/// Splits `html` into parts of at most `max` shown UTF-16 units.
pub fn split_html(html: &str, max: usize) -> Vec<Part> {
    let mut s = Splitter::new(html, 0);
    std::iter::from_fn(|| s.next_part(max)).collect()
}

/// Cuts a message into parts one at a time, from any offset.
#[derive(Debug, Clone)]
pub struct Splitter<'a> {
    html: &'a str,
    pos: usize,
    /// Opening tags (raw) and names still open at `pos`.
    open: Vec<(&'a str, &'a str)>,
}

/// The best places to cut found so far in a part: byte offset and units before it.
#[derive(Default)]
struct Cuts {
    paragraph: Option<(usize, usize)>,
    line: Option<(usize, usize)>,
    space: Option<(usize, usize)>,
    cluster: Option<usize>,
}

impl<'a> Splitter<'a> {
    /// A splitter that starts at byte `start` of `html` (0, or where earlier parts ended);
    /// the tags open there are found by reading what comes before.
    pub fn new(html: &'a str, start: usize) -> Splitter<'a> {
        let start = floor_char_boundary(html, start);
        let mut s = Splitter {
            html,
            pos: 0,
            open: Vec::new(),
        };
        for (_, t) in Tokens::new(&html[..start], 0) {
            s.track(t);
        }
        s.pos = start;
        s
    }

    /// Where the next part starts.
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// Whether everything was handed out.
    pub fn done(&self) -> bool {
        self.pos >= self.html.len()
    }

    fn track(&mut self, t: Token<'a>) {
        match t {
            Token::Open(raw, name) if self.open.len() < MAX_OPEN => self.open.push((raw, name)),
            Token::Close(_, name) => {
                if let Some(i) = self.open.iter().rposition(|(_, n)| *n == name) {
                    self.open.truncate(i);
                }
            }
            _ => {}
        }
    }

    /// The next part of at most `max` (≥ 1) shown units, or `None` at the end.
    pub fn next_part(&mut self, max: usize) -> Option<Part> {
        if self.done() {
            return None;
        }
        let start = self.pos;
        let end = self.cut(max.max(1));
        let mut html: String = self.open.iter().map(|(raw, _)| *raw).collect();
        html.push_str(&self.html[start..end]);
        for (_, t) in Tokens::new(&self.html[..end], start) {
            self.track(t);
        }
        for (_, name) in self.open.iter().rev() {
            html.push_str("</");
            html.push_str(name);
            html.push('>');
        }
        self.pos = end;
        Some(Part {
            html,
            source: start..end,
        })
    }

    /// The byte offset where the part starting at `pos` ends.
    fn cut(&self, max: usize) -> usize {
        let mut units = 0;
        let mut cuts = Cuts::default();
        let mut prev: Option<char> = None;
        let mut before_prev: Option<char> = None;
        let mut regional = 0usize;
        for (at, token) in Tokens::new(self.html, self.pos) {
            let Some(c) = token.shown() else {
                continue;
            };
            if at > self.pos && boundary(before_prev, prev, c, regional) {
                cuts.cluster = Some(at);
            }
            if units + c.len_utf16() > max {
                return cuts.choose(max).unwrap_or_else(|| {
                    // One cluster longer than a whole message: cut it at a character.
                    if at > self.pos {
                        at
                    } else {
                        at + token_len(token)
                    }
                });
            }
            units += c.len_utf16();
            let after = at + token_len(token);
            match c {
                '\n' if prev == Some('\n') => cuts.paragraph = Some((after, units)),
                '\n' => cuts.line = Some((after, units)),
                ' ' => cuts.space = Some((after, units)),
                _ => {}
            }
            regional = if is_regional(c) { regional + 1 } else { 0 };
            before_prev = prev;
            prev = Some(c);
        }
        self.html.len()
    }
}

impl Cuts {
    /// A paragraph break at least a quarter of the way through; else a line or a space at
    /// least half-way through; else the last cluster boundary. (So two parts in a row always
    /// take at least a quarter of `max` units, and reading stays linear.)
    fn choose(&self, max: usize) -> Option<usize> {
        let half = max / 2;
        self.paragraph
            .filter(|(_, u)| *u >= max / 4)
            .map(|(p, _)| p)
            .or(self.line.filter(|(_, u)| *u >= half).map(|(p, _)| p))
            .or(self.space.filter(|(_, u)| *u >= half).map(|(p, _)| p))
            .or(self.cluster)
            .or(self.paragraph.map(|(p, _)| p))
            .or(self.line.map(|(p, _)| p))
            .or(self.space.map(|(p, _)| p))
    }
}

fn token_len(t: Token<'_>) -> usize {
    match t {
        Token::Char(c) => c.len_utf8(),
        Token::Entity(raw, _) | Token::Open(raw, _) | Token::Close(raw, _) => raw.len(),
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';

/// The viramas (halant, hasant, pulli, …) of the ten Indian scripts: a consonant after one
/// belongs to the same syllable (a conjunct).
pub fn is_virama(c: char) -> bool {
    matches!(
        c,
        '\u{094D}'
            | '\u{09CD}'
            | '\u{0A4D}'
            | '\u{0ACD}'
            | '\u{0B4D}'
            | '\u{0BCD}'
            | '\u{0C4D}'
            | '\u{0CCD}'
            | '\u{0D3B}'
            | '\u{0D3C}'
            | '\u{0D4D}'
    )
}

/// Whether `c` continues the character before it: a combining mark (matra, nukta, anusvara,
/// visarga, virama, variation selector), a joiner, an emoji skin tone or tag character.
pub fn is_extending(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
        || matches!(c, ZWJ | ZWNJ)
        || ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
        || ('\u{E0020}'..='\u{E007F}').contains(&c)
}

fn is_regional(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// Whether a part may end between `prev` and `c` (`regional`: how many regional indicators
/// end the text so far; a flag is two). Conservative where Unicode's rules are subtle: never
/// after a virama (also with a joiner between) or a joiner, never before an extending mark.
fn boundary(before_prev: Option<char>, prev: Option<char>, c: char, regional: usize) -> bool {
    let Some(p) = prev else {
        return true;
    };
    if is_extending(c) || is_virama(p) || matches!(p, ZWJ | ZWNJ) {
        return false;
    }
    if before_prev.is_some_and(is_virama) && matches!(p, ZWJ | ZWNJ) {
        return false;
    }
    if p == '\r' && c == '\n' {
        return false;
    }
    !(is_regional(c) && regional % 2 == 1)
}

#[cfg(test)]
mod tests {
    use super::super::html::shown_units;
    use super::*;

    fn joined(html: &str, parts: &[Part]) -> String {
        parts.iter().map(|p| &html[p.source.clone()]).collect()
    }

    #[test]
    fn a_short_message_is_one_part() {
        let parts = split_html("<b>RoDTEP</b> rates", MAX_MESSAGE);
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].html, "<b>RoDTEP</b> rates");
    }

    #[test]
    fn parts_prefer_paragraphs_then_lines_then_spaces() {
        let text = format!(
            "{}\n\n{}\n{}",
            "a".repeat(30),
            "b ".repeat(20),
            "c".repeat(30)
        );
        let parts = split_html(&text, 60);
        assert_eq!(
            &text[parts[0].source.clone()],
            format!("{}\n\n", "a".repeat(30))
        );
        assert_eq!(joined(&text, &parts), text);
        let words = "word ".repeat(40);
        for p in split_html(&words, 32) {
            assert!(words[p.source].ends_with(' '), "cut at a space");
        }
    }

    #[test]
    fn emoji_count_as_two_units_and_are_never_cut() {
        let text = "😀".repeat(3000);
        let parts = split_html(&text, MAX_MESSAGE);
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|p| shown_units(&p.html) <= MAX_MESSAGE));
        assert_eq!(shown_units(&parts[0].html), 4096);
        let family = "👨\u{200D}👩\u{200D}👧".repeat(10);
        for p in split_html(&family, 10) {
            assert!(!p.html.starts_with('\u{200D}') && !p.html.ends_with('\u{200D}'));
        }
        let flags = "🇮🇳".repeat(10);
        for p in split_html(&flags, 6) {
            assert_eq!(
                p.html.chars().count() % 2,
                0,
                "a flag stays whole: {}",
                p.html
            );
        }
    }

    #[test]
    fn an_indic_word_longer_than_a_part_is_cut_between_syllables() {
        let word = "क्षत्रियों".repeat(700);
        let parts = split_html(&word, MAX_MESSAGE);
        assert!(parts.len() > 1);
        for p in &parts[..parts.len() - 1] {
            let last = word[p.source.clone()].chars().last().unwrap();
            let next = word[p.source.end..].chars().next().unwrap();
            assert!(!is_virama(last) && !is_extending(next), "{last:?}|{next:?}");
        }
        assert_eq!(joined(&word, &parts), word);
    }

    #[test]
    fn tags_open_at_a_cut_are_closed_and_reopened() {
        let html = format!(
            "<b><a href=\"https://x.in\">{}</a></b> end",
            "a &amp; b ".repeat(1500)
        );
        let parts = split_html(&html, MAX_MESSAGE);
        let sizes: Vec<_> = parts.iter().map(|p| shown_units(&p.html)).collect();
        assert!(parts.len() >= 3, "{sizes:?}");
        assert!(parts[1].html.starts_with("<b><a href=\"https://x.in\">"));
        assert!(parts[0].html.ends_with("</a></b>"));
        for p in &parts {
            assert_eq!(
                p.html.matches("<b>").count(),
                p.html.matches("</b>").count()
            );
            assert!(shown_units(&p.html) <= MAX_MESSAGE);
        }
        assert_eq!(joined(&html, &parts), html);
    }

    #[test]
    fn a_splitter_resumes_where_an_earlier_part_ended() {
        let html = format!("<i>{}</i>", "ஏற்றுமதி ".repeat(900));
        let all = split_html(&html, MAX_MESSAGE);
        let mut resumed = Splitter::new(&html, all[1].source.start);
        assert_eq!(resumed.next_part(MAX_MESSAGE).as_ref(), Some(&all[1]));
        let mut smaller = Splitter::new(&html, all[1].source.start);
        let half = smaller.next_part(MAX_MESSAGE / 2).unwrap();
        assert!(half.source.end < all[1].source.end && half.html.starts_with("<i>"));
    }

    #[test]
    fn a_run_of_tags_deeper_than_the_limit_is_not_carried_without_end() {
        let html = format!("{}{}", "<b>".repeat(1000), "x".repeat(5000));
        let parts = split_html(&html, MAX_MESSAGE);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[1].html.matches("<b>").count(), MAX_OPEN);
    }
}
