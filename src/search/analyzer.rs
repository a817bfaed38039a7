//! Text analysis shared by indexing and querying: the words of [`crate::text`], lightly
//! stemmed, as a tantivy tokenizer.
//!
//! ```
//! use export_helpdesk::search::analyzer::{analyze, stem};
//! assert_eq!(analyze("Exporters certificates"), [stem("exporter"), stem("certificate")]);
//! ```

use std::borrow::Cow;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

pub use crate::text::{ascii_digit, normalize_words, word_spans, words};

/// Which stemmer a word gets, by its script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Devanagari,
    Tamil,
    Other,
}

fn script_of(word: &str) -> Script {
    match word.chars().find(|c| c.is_alphabetic()) {
        Some(c) if c.is_ascii() => Script::Latin,
        Some(c) if ('\u{0900}'..='\u{097F}').contains(&c) => Script::Devanagari,
        Some(c) if ('\u{0B80}'..='\u{0BFF}').contains(&c) => Script::Tamil,
        _ => Script::Other,
    }
}

thread_local! {
    static STEMMERS: (frostem::Stemmer, frostem::Stemmer, frostem::Stemmer) = (
        frostem::Stemmer::new(frostem::Algorithm::English),
        frostem::Stemmer::new(frostem::Algorithm::Hindi),
        frostem::Stemmer::new(frostem::Algorithm::Tamil),
    );
}

/// Light stemming of a normalised word: English (Snowball, with British "-isation" read as
/// "-ization"), Hindi for Devanagari, Tamil for Tamil; other scripts are left as they are
/// (search matches their inflected forms by prefix instead).
pub fn stem(word: &str) -> String {
    if word.chars().count() < 3 || word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    match script_of(word) {
        Script::Latin => {
            let w: Cow<str> = if word.contains("isation") {
                Cow::Owned(word.replace("isation", "ization"))
            } else {
                Cow::Borrowed(word)
            };
            STEMMERS.with(|s| s.0.stem(&w).into_owned())
        }
        Script::Devanagari => STEMMERS.with(|s| s.1.stem(word).into_owned()),
        Script::Tamil => STEMMERS.with(|s| s.2.stem(word).into_owned()),
        Script::Other => word.to_string(),
    }
}

/// Words, then stems: the terms that go into the index.
pub fn analyze(text: &str) -> Vec<String> {
    words(text).iter().map(|w| stem(w)).collect()
}

/// The tantivy tokenizer registered as [`TOKENIZER_NAME`]: [`analyze`] with offsets.
#[derive(Clone, Default)]
pub struct IndicTokenizer;

/// The name under which [`IndicTokenizer`] is registered with an index.
pub const TOKENIZER_NAME: &str = "indic";

pub struct IndicTokenStream {
    tokens: Vec<Token>,
    index: usize,
}

impl Tokenizer for IndicTokenizer {
    type TokenStream<'a> = IndicTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> IndicTokenStream {
        let tokens = word_spans(text)
            .into_iter()
            .enumerate()
            .map(|(position, (from, to, w))| Token {
                offset_from: from,
                offset_to: to,
                position,
                text: stem(&w),
                position_length: 1,
            })
            .collect();
        IndicTokenStream { tokens, index: 0 }
    }
}

impl TokenStream for IndicTokenStream {
    fn advance(&mut self) -> bool {
        if self.index < self.tokens.len() {
            self.index += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.index - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_stemming_reads_british_and_american_spelling_alike() {
        assert_eq!(stem("authorisation"), stem("authorization"));
        assert_eq!(stem("exporters"), stem("exporter"));
        assert_eq!(stem("certificates"), stem("certificate"));
    }

    #[test]
    fn the_tokenizer_reports_offsets_into_the_original_text() {
        let text = "हल्दी का HS कोड";
        let mut tok = IndicTokenizer;
        let mut stream = tok.token_stream(text);
        let mut seen = Vec::new();
        while stream.advance() {
            let t = stream.token();
            seen.push(text[t.offset_from..t.offset_to].to_string());
        }
        assert_eq!(seen, ["हल्दी", "का", "HS", "कोड"]);
    }
}
