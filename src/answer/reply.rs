//! `Reply`: formatted text that renders both as plain text (the CLI, the `reply` field of
//! `ask --json`) and as Telegram HTML, escaped correctly for every script.

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

/// Escapes the three characters Telegram's HTML parser requires escaped. Text of any script
/// passes through unchanged (the characters it needs escaped are all ASCII).
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

/// Splits an HTML message into parts of at most `max` characters (Telegram counts UTF-16
/// code units after entity parsing; counting chars of the source is stricter, so safe),
/// at line breaks where possible and never inside a tag or an entity.
pub fn split_html(html: &str, max: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    for line in html.split('\n') {
        let candidate_len = current.chars().count() + line.chars().count() + 1;
        if !current.is_empty() && candidate_len > max {
            parts.push(std::mem::take(&mut current));
        }
        if line.chars().count() > max {
            for piece in split_long_line(line, max) {
                if !current.is_empty() {
                    parts.push(std::mem::take(&mut current));
                }
                current = piece;
            }
            continue;
        }
        if !current.is_empty() {
            current.push('\n');
        }
        current.push_str(line);
    }
    if !current.trim().is_empty() {
        parts.push(current);
    }
    parts
}

/// Splits one over-long line at spaces, keeping `<b>`/`<i>` balanced in each piece.
fn split_long_line(line: &str, max: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut cur = String::new();
    let mut open: Vec<&str> = Vec::new();
    let mut chars = line.char_indices().peekable();
    let limit = max.saturating_sub(16).max(1);
    while let Some((i, c)) = chars.next() {
        if c == '<' {
            let end = line[i..].find('>').map_or(line.len(), |e| i + e + 1);
            let tag = &line[i..end];
            match tag {
                "<b>" => open.push("b"),
                "<i>" => open.push("i"),
                "</b>" | "</i>" => {
                    open.pop();
                }
                _ => {}
            }
            cur.push_str(tag);
            while chars.peek().is_some_and(|(j, _)| *j < end) {
                chars.next();
            }
            continue;
        }
        if c == '&' {
            let end = line[i..].find(';').map_or(i + 1, |e| i + e + 1);
            cur.push_str(&line[i..end]);
            while chars.peek().is_some_and(|(j, _)| *j < end) {
                chars.next();
            }
            continue;
        }
        cur.push(c);
        if cur.chars().count() >= limit && (c == ' ' || cur.chars().count() >= max - 8) {
            for t in open.iter().rev() {
                cur.push_str(&format!("</{t}>"));
            }
            pieces.push(std::mem::take(&mut cur));
            for t in &open {
                cur.push_str(&format!("<{t}>"));
            }
        }
    }
    if !cur.is_empty() {
        pieces.push(cur);
    }
    pieces
}

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

    #[test]
    fn long_messages_split_at_lines_and_each_part_fits() {
        let line = "ஏற்றுமதி ".repeat(50);
        let html = vec![line.clone(); 30].join("\n");
        let parts = split_html(&html, 4096);
        assert!(parts.len() > 1);
        for p in &parts {
            assert!(p.chars().count() <= 4096);
        }
        assert_eq!(parts.join("\n").replace('\n', ""), html.replace('\n', ""));
    }

    #[test]
    fn a_single_huge_line_splits_without_breaking_tags_or_entities() {
        let html = format!("<b>{}</b>", "a &amp; b ".repeat(1000));
        let parts = split_html(&html, 4096);
        assert!(parts.len() >= 3);
        for p in &parts {
            assert!(p.chars().count() <= 4096, "{}", p.chars().count());
            assert_eq!(
                p.matches("<b>").count(),
                p.matches("</b>").count(),
                "balanced: {p:.60}"
            );
            assert!(!p.ends_with('&') && !p.contains("&am "), "entity intact");
        }
    }
}
