//! `Reply`: formatted text that renders both as plain text (the CLI, the `reply` field of
//! `ask --json`) and as Telegram HTML, escaped correctly for every script (escaping and
//! splitting at Telegram's limit are `telegram::html` and `telegram::split`).

/// How a span of text is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Bold,
    Italic,
}

/// A run of text in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub style: Style,
    pub text: String,
}

/// Lines of spans.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reply {
    pub lines: Vec<Vec<Span>>,
}

impl Reply {
    pub fn new() -> Reply {
        Reply::default()
    }

    /// A reply of one plain line.
    pub fn text(text: impl Into<String>) -> Reply {
        let mut r = Reply::new();
        r.plain(text);
        r
    }

    fn push(&mut self, style: Style, text: impl Into<String>) -> &mut Self {
        self.lines.push(vec![Span {
            style,
            text: text.into(),
        }]);
        self
    }

    pub fn plain(&mut self, text: impl Into<String>) -> &mut Self {
        self.push(Style::Plain, text)
    }

    pub fn bold(&mut self, text: impl Into<String>) -> &mut Self {
        self.push(Style::Bold, text)
    }

    pub fn italic(&mut self, text: impl Into<String>) -> &mut Self {
        self.push(Style::Italic, text)
    }

    pub fn blank(&mut self) -> &mut Self {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(Vec::new());
        }
        self
    }

    /// Appends another reply's lines.
    pub fn append(&mut self, other: Reply) -> &mut Self {
        self.lines.extend(other.lines);
        self
    }

    /// What the user reads.
    pub fn plain_text(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.iter().map(|s| s.text.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
            .trim_end()
            .to_string()
    }

    /// Telegram HTML (parse_mode = HTML).
    pub fn html(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.iter().map(span_html).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
            .trim_end()
            .to_string()
    }
}

fn span_html(s: &Span) -> String {
    let t = escape_html(&s.text);
    match s.style {
        Style::Plain => t,
        Style::Bold => format!("<b>{t}</b>"),
        Style::Italic => format!("<i>{t}</i>"),
    }
}

/// Telegram HTML escaping lives with the rest of Telegram's HTML dialect, in the Telegram
/// layer's pure text functions.
pub use crate::telegram::html::escape_html;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_but_keeps_every_script() {
        let mut r = Reply::new();
        r.bold("<b>&</b>").plain("निर्यात · ஏற்றுமதி · রপ্তানি");
        assert_eq!(
            r.html(),
            "<b>&lt;b&gt;&amp;&lt;/b&gt;</b>\nनिर्यात · ஏற்றுமதி · রপ্তানি"
        );
        assert_eq!(r.plain_text(), "<b>&</b>\nनिर्यात · ஏற்றுமதி · রপ্তানি");
    }
}
