//! Telegram's HTML dialect as text (no transport): escaping user text for `parse_mode=HTML`,
//! reading a message back into its tokens (tags, entities, characters), and the plain text
//! of a message (tags dropped, entities decoded) for when Telegram cannot parse it.
//!
//! ```
//! use export_helpdesk::telegram::html::{escape_html, to_plain};
//! assert_eq!(escape_html("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
//! assert_eq!(to_plain("<b>RoDTEP</b> &amp; RoSCTL &#8377;"), "RoDTEP & RoSCTL ₹");
//! ```

/// Escapes the characters Telegram's HTML parser requires escaped. Text of any script passes
/// through unchanged (the characters it needs escaped are all ASCII).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// One piece of an HTML message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token<'a> {
    /// A character shown as it is.
    Char(char),
    /// An entity (`&amp;`, `&#2381;`) and the character it stands for.
    Entity(&'a str, char),
    /// An opening tag (`<b>`, `<a href="...">`) and its name.
    Open(&'a str, &'a str),
    /// A closing tag (`</b>`) and its name.
    Close(&'a str, &'a str),
}

impl Token<'_> {
    /// The character the reader sees, if any (tags show none).
    pub fn shown(&self) -> Option<char> {
        match *self {
            Token::Char(c) | Token::Entity(_, c) => Some(c),
            Token::Open(..) | Token::Close(..) => None,
        }
    }
}

/// The longest entity read (`&#1114111;` is ten bytes); a longer `&...;` is text.
const MAX_ENTITY: usize = 12;

/// The longest tag read (a link with its address); a longer `<...>` is text.
const MAX_TAG: usize = 2048;

/// Reads an HTML message token by token, each with its byte offset. A `<` that starts no tag
/// (not followed by a letter or `/`, or with another `<` or nothing within [`MAX_TAG`] bytes
/// before its `>`) and an `&` that starts no entity are plain characters. Linear in the
/// length: looking for a tag's end stops at the next `<`, so no byte is looked at twice.
pub struct Tokens<'a> {
    html: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    pub fn new(html: &'a str, start: usize) -> Tokens<'a> {
        Tokens { html, pos: start }
    }
}

/// The tag at the start of `s` (which starts with `<`), if it is one.
fn tag(s: &str) -> Option<&str> {
    let second = s.as_bytes().get(1)?;
    if !(second.is_ascii_alphabetic() || *second == b'/') {
        return None;
    }
    let window = &s[1..floor_boundary(s, MAX_TAG)];
    let end = window.find(['<', '>'])?;
    (window.as_bytes()[end] == b'>').then(|| &s[..end + 2])
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl<'a> Iterator for Tokens<'a> {
    type Item = (usize, Token<'a>);

    fn next(&mut self) -> Option<(usize, Token<'a>)> {
        let at = self.pos;
        let c = self.html[at..].chars().next()?;
        let token = match c {
            '<' => match tag(&self.html[at..]) {
                Some(raw) => {
                    let inner = &raw[1..raw.len() - 1];
                    let (closing, rest) = match inner.strip_prefix('/') {
                        Some(r) => (true, r),
                        None => (false, inner),
                    };
                    let name_end = rest
                        .find(|ch: char| ch.is_whitespace() || ch == '/')
                        .unwrap_or(rest.len());
                    let name = &rest[..name_end];
                    if closing {
                        Token::Close(raw, name)
                    } else {
                        Token::Open(raw, name)
                    }
                }
                None => Token::Char('<'),
            },
            '&' => entity(&self.html[at..])
                .map_or(Token::Char('&'), |(raw, ch)| Token::Entity(raw, ch)),
            c => Token::Char(c),
        };
        self.pos += match token {
            Token::Char(c) => c.len_utf8(),
            Token::Entity(raw, _) | Token::Open(raw, _) | Token::Close(raw, _) => raw.len(),
        };
        Some((at, token))
    }
}

/// The entity at the start of `s` and its character, if it is one Telegram reads.
fn entity(s: &str) -> Option<(&str, char)> {
    let end = s
        .as_bytes()
        .iter()
        .take(MAX_ENTITY)
        .position(|&b| b == b';')?;
    let raw = &s[..=end];
    let body = &raw[1..end];
    let c = match body {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        _ => {
            let n = body.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((raw, c))
}

/// The text a reader sees: tags dropped, entities decoded (what is sent, without
/// `parse_mode`, when Telegram cannot parse a message's HTML).
pub fn to_plain(html: &str) -> String {
    Tokens::new(html, 0)
        .filter_map(|(_, t)| t.shown())
        .collect()
}

/// How many UTF-16 code units Telegram counts for what a reader sees of `html` (its limits
/// count text after entity parsing: tags are free, `&amp;` is one).
pub fn shown_units(html: &str) -> usize {
    Tokens::new(html, 0)
        .filter_map(|(_, t)| t.shown())
        .map(char::len_utf16)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_keeps_every_script() {
        assert_eq!(
            escape_html("<b>&</b> निर्यात \"x\""),
            "&lt;b&gt;&amp;&lt;/b&gt; निर्यात &quot;x&quot;"
        );
    }

    #[test]
    fn tokens_tell_tags_entities_and_characters_apart() {
        let toks: Vec<_> = Tokens::new("<a href=\"x\">a&amp;</a>&#x1F600;<", 0)
            .map(|(_, t)| t)
            .collect();
        assert_eq!(
            toks,
            [
                Token::Open("<a href=\"x\">", "a"),
                Token::Char('a'),
                Token::Entity("&amp;", '&'),
                Token::Close("</a>", "a"),
                Token::Entity("&#x1F600;", '😀'),
                Token::Char('<'),
            ]
        );
    }

    #[test]
    fn plain_text_drops_tags_and_decodes_entities() {
        assert_eq!(to_plain("<b>x &lt; y</b> & z &bogus;"), "x < y & z &bogus;");
        assert_eq!(to_plain("a < b"), "a < b", "a lone < is text");
        assert_eq!(
            to_plain("1<2 and 3>2"),
            "1<2 and 3>2",
            "no tag starts with a digit"
        );
        assert_eq!(
            to_plain("x <y <b>z</b>"),
            "x <y z",
            "a < before another < is text"
        );
    }

    #[test]
    fn shown_units_count_utf16_after_parsing() {
        assert_eq!(shown_units("<b>😀</b>&amp;"), 3, "an emoji is two units");
        assert_eq!(shown_units("निर्यात"), 7);
    }
}
