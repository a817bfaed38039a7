//! One entry file (`entries/<section>/<id>.md`): TOML front matter between `+++` lines, then
//! a body split into languages by `## <code>` lines. [`parse_entry`] is pure: text in, the
//! entry and its diagnostics out.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::rules;
use crate::knowledge::diag::Diagnostics;
use crate::knowledge::{Entry, EntryKind, LangMap, Source};
use crate::lang::Lang;

/// An id named in an entry's `related`, with where it stands, checked once every entry is
/// loaded.
pub(super) struct RelatedRef {
    pub file: PathBuf,
    pub line: usize,
    pub id: String,
}

/// What [`parse_entry`] makes of one file.
pub(super) struct ParsedEntry {
    /// `None` when an error makes the entry unusable (it is then left out of the index).
    pub entry: Option<Entry>,
    pub related: Vec<RelatedRef>,
    /// The line of `id = ...`, for diagnostics about the entry as a whole.
    pub id_line: usize,
    pub diagnostics: Diagnostics,
}

/// Parses an entry file shown in diagnostics as `shown`, judging `reviewed` against `today`.
pub(super) fn parse_entry(shown: &Path, text: &str, today: NaiveDate) -> ParsedEntry {
    let mut p = Parser {
        shown,
        front: "",
        diags: Diagnostics::default(),
        ok: true,
    };
    let mut out = ParsedEntry {
        entry: None,
        related: Vec::new(),
        id_line: 1,
        diagnostics: Diagnostics::default(),
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(close) = p.front_matter_end(&lines) else {
        out.diagnostics = p.diags;
        return out;
    };
    let front = lines[1..close].join("\n");
    p.front = &front;
    let raw: RawEntry = match toml::from_str(&front) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map_or(1, |s| p.line_at(s.start));
            p.error(line, format!("bad TOML: {}", e.message()));
            out.diagnostics = p.diags;
            return out;
        }
    };
    out.id_line = raw.id.as_ref().map_or(1, |s| p.line_at(s.span().start));
    let id = p.id(raw.id, out.id_line);
    let kind = p.kind(raw.kind, out.id_line);
    let title = p.texts(raw.title, "title", out.id_line);
    let summary = p.texts(raw.summary, "summary", out.id_line);
    let keywords = p.lists(raw.keywords, "keywords");
    let questions = p.lists(raw.questions, "questions");
    let reviewed = p.reviewed(raw.reviewed, out.id_line, today);
    let source = p.source(raw.source, out.id_line);
    out.related = raw
        .related
        .iter()
        .map(|r| RelatedRef {
            file: shown.to_path_buf(),
            line: p.line_at(r.span().start),
            id: r.get_ref().clone(),
        })
        .collect();
    let body = parse_body(&lines[close + 1..], close + 2, shown, &mut p.diags);
    if let (Some(id), Some(reviewed), true) = (id, reviewed, p.ok) {
        out.entry = Some(Entry {
            id,
            kind,
            title,
            summary,
            body,
            keywords,
            questions,
            source,
            reviewed,
            related: raw.related.into_iter().map(Spanned::into_inner).collect(),
            file: PathBuf::new(),
        });
    }
    out.diagnostics = p.diags;
    out
}

/// The state of parsing one front matter: where it is, what went wrong, and whether the
/// entry is still usable.
pub(super) struct Parser<'a> {
    pub shown: &'a Path,
    pub front: &'a str,
    pub diags: Diagnostics,
    pub ok: bool,
}

impl Parser<'_> {
    pub(super) fn error(&mut self, line: usize, message: impl Into<String>) {
        self.diags.error(self.shown, line, message);
    }

    /// Marks the entry unusable, with the reason.
    pub(super) fn fail(&mut self, line: usize, message: impl Into<String>) {
        self.error(line, message);
        self.ok = false;
    }

    /// The file line of a byte offset into the front matter (which starts at line 2).
    pub(super) fn line_at(&self, offset: usize) -> usize {
        2 + self.front[..offset.min(self.front.len())]
            .matches('\n')
            .count()
    }

    /// The index of the closing `+++` line.
    pub(super) fn front_matter_end(&mut self, lines: &[&str]) -> Option<usize> {
        if lines.first().map(|l| l.trim()) != Some("+++") {
            self.error(
                1,
                "an entry starts with a `+++` line, then TOML front matter",
            );
            return None;
        }
        let close = lines.iter().skip(1).position(|l| l.trim() == "+++");
        if close.is_none() {
            self.error(1, "the front matter is not closed by a `+++` line");
        }
        close.map(|p| p + 1)
    }

    pub(super) fn id(&mut self, raw: Option<Spanned<String>>, id_line: usize) -> Option<String> {
        match raw {
            Some(id) if rules::is_slug(id.get_ref()) => Some(id.into_inner()),
            Some(id) => {
                let msg = format!(
                    "id {:?} must be lowercase letters, digits and '-'",
                    id.get_ref()
                );
                self.fail(id_line, msg);
                None
            }
            None => {
                self.fail(1, "missing `id`");
                None
            }
        }
    }

    fn kind(&mut self, raw: Option<Spanned<String>>, id_line: usize) -> EntryKind {
        let Some(k) = raw else {
            self.fail(id_line, "missing `kind`");
            return EntryKind::Faq;
        };
        if let Some(kind) = EntryKind::parse(k.get_ref()) {
            return kind;
        }
        let kinds: Vec<&str> = EntryKind::ALL.iter().map(|k| k.as_str()).collect();
        let msg = format!("kind {:?} is not one of {}", k.get_ref(), kinds.join(", "));
        self.fail(self.line_at(k.span().start), msg);
        EntryKind::Faq
    }

    /// `[title]` or `[summary]`: one text per language; English required.
    pub(super) fn texts(
        &mut self,
        raw: BTreeMap<Spanned<String>, Spanned<String>>,
        what: &str,
        id_line: usize,
    ) -> LangMap<String> {
        let mut out = LangMap::new();
        for (key, value) in raw {
            let line = self.line_at(key.span().start);
            let lang = match Lang::parse(key.get_ref()) {
                Ok(lang) => lang,
                Err(e) => {
                    self.error(line, format!("in [{what}]: {e}"));
                    continue;
                }
            };
            let text = value.get_ref().trim().to_string();
            let too_long = (what == "summary")
                .then(|| rules::summary_length(key.get_ref(), &text))
                .flatten();
            if text.is_empty() {
                self.error(line, format!("{what}.{} is empty", key.get_ref()));
            } else if let Some(finding) = too_long {
                let at = self.line_at(value.span().start);
                finding.report(&mut self.diags, self.shown, at);
            } else {
                out.insert(lang, text);
            }
        }
        if !out.contains_key(&Lang::En) {
            self.fail(id_line, format!("missing the English {what} (`{what}.en`)"));
        }
        out
    }

    /// `[keywords]` or `[questions]`: a list per language.
    fn lists(
        &mut self,
        raw: BTreeMap<Spanned<String>, Vec<String>>,
        what: &str,
    ) -> LangMap<Vec<String>> {
        let mut out = LangMap::new();
        for (key, items) in raw {
            let line = self.line_at(key.span().start);
            let lang = match Lang::parse(key.get_ref()) {
                Ok(lang) => lang,
                Err(e) => {
                    self.error(line, format!("in [{what}]: {e}"));
                    continue;
                }
            };
            let mut kept = Vec::new();
            for item in items.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
                match (what == "questions")
                    .then(|| rules::question(key.get_ref(), item))
                    .flatten()
                {
                    Some(finding) => finding.report(&mut self.diags, self.shown, line),
                    None => kept.push(item.to_string()),
                }
            }
            out.insert(lang, kept);
        }
        out
    }

    fn reviewed(
        &mut self,
        raw: Option<Spanned<toml::value::Datetime>>,
        id_line: usize,
        today: NaiveDate,
    ) -> Option<NaiveDate> {
        let Some(r) = raw else {
            let msg = "missing `reviewed` (the date a person last checked this entry)";
            self.fail(id_line, msg);
            return None;
        };
        let line = self.line_at(r.span().start);
        let Some(d) = r.get_ref().date else {
            self.fail(line, "`reviewed` must be a date such as 2026-11-24");
            return None;
        };
        let Some(date) = NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)
        else {
            self.fail(line, "`reviewed` is not a valid date");
            return None;
        };
        if let Some(finding) = rules::reviewed_date(date, today) {
            self.ok &= !finding.is_error();
            finding.report(&mut self.diags, self.shown, line);
        }
        Some(date)
    }

    pub(super) fn source(&mut self, raw: Option<Spanned<RawSource>>, id_line: usize) -> Source {
        let empty = Source {
            cite: String::new(),
            url: None,
        };
        let Some(s) = raw else {
            self.fail(
                id_line,
                "missing [source] with `cite` (where the facts come from)",
            );
            return empty;
        };
        let line = self.line_at(s.span().start);
        let s = s.into_inner();
        match s
            .cite
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
        {
            Some(cite) => Source {
                cite,
                url: s.url.filter(|u| !u.trim().is_empty()),
            },
            None => {
                let msg = "`source.cite` is required: paragraph, notification or trade notice";
                self.fail(line, msg);
                empty
            }
        }
    }
}

/// Splits the text after the front matter at `## <lang>` lines; `first_line` is the file
/// line of `lines[0]`.
pub(super) fn parse_body(
    lines: &[&str],
    first_line: usize,
    shown: &Path,
    diags: &mut Diagnostics,
) -> LangMap<String> {
    let mut body: LangMap<String> = LangMap::new();
    let mut current: Option<Lang> = None;
    let mut stray_reported = false;
    for (i, line) in lines.iter().enumerate() {
        let n = first_line + i;
        let heading = line.trim_end().strip_prefix("## ").map(str::trim);
        if let Some(code) =
            heading.filter(|c| c.len() <= 3 && c.chars().all(|ch| ch.is_ascii_lowercase()))
        {
            current = match Lang::parse(code) {
                Ok(lang) => {
                    if body.insert(lang, String::new()).is_some() {
                        diags.error(shown, n, format!("a second `## {code}` body"));
                    }
                    Some(lang)
                }
                Err(e) => {
                    diags.error(shown, n, e.to_string());
                    None
                }
            };
            stray_reported = false;
            continue;
        }
        match current {
            Some(lang) => {
                let text = body.entry(lang).or_default();
                text.push_str(line);
                text.push('\n');
            }
            // Report only the first stray line of a block.
            None if !line.trim().is_empty() && !stray_reported => {
                let msg = "body text must follow a `## <language code>` line such as `## en`";
                diags.error(shown, n, msg);
                stray_reported = true;
            }
            None => {}
        }
    }
    body.into_iter()
        .map(|(l, t)| (l, t.trim().to_string()))
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    #[serde(default)]
    related: Vec<Spanned<String>>,
    reviewed: Option<Spanned<toml::value::Datetime>>,
    source: Option<Spanned<RawSource>>,
    #[serde(default)]
    title: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    summary: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    keywords: BTreeMap<Spanned<String>, Vec<String>>,
    #[serde(default)]
    questions: BTreeMap<Spanned<String>, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    cite: Option<String>,
    url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
    }

    fn parse(text: &str) -> ParsedEntry {
        parse_entry(Path::new("knowledge/entries/x.md"), text, today())
    }

    fn messages(p: &ParsedEntry) -> Vec<String> {
        p.diagnostics.0.iter().map(|d| d.to_string()).collect()
    }

    const GOOD: &str = "+++\nid = \"gst-lut\"\nkind = \"procedure\"\nrelated = [\"iec\"]\nreviewed = 2026-11-20\n\n[source]\ncite = \"CGST Rules rule 96A\"\n\n[title]\nen = \"LUT\"\nhi = \"एलयूटी\"\n\n[summary]\nen = \"File it.\"\n\n[questions]\nen = [\"How do I file an LUT?\", \" \"]\nhi = [\"LUT kaise bhare\"]\n+++\n## en\nSteps.\n\n## hi\nचरण।\n";

    #[test]
    fn a_good_entry_parses_with_its_questions_body_and_related_lines() {
        let p = parse(GOOD);
        assert!(p.diagnostics.0.is_empty(), "{:?}", messages(&p));
        let e = p.entry.expect("entry");
        assert_eq!(e.id, "gst-lut");
        assert_eq!(e.questions[&Lang::En], ["How do I file an LUT?"]);
        assert_eq!(e.questions[&Lang::Hi], ["LUT kaise bhare"]);
        assert_eq!(e.body[&Lang::En], "Steps.");
        assert_eq!(e.body[&Lang::Hi], "चरण।");
        assert_eq!(p.id_line, 2);
        assert_eq!((p.related[0].line, p.related[0].id.as_str()), (4, "iec"));
    }

    #[test]
    fn a_missing_english_summary_and_a_future_date_make_the_entry_unusable() {
        let text = GOOD
            .replace("en = \"File it.\"", "hi = \"भरें\"")
            .replace("2026-11-20", "2027-01-01");
        let p = parse(&text);
        assert!(p.entry.is_none());
        let m = messages(&p);
        assert!(
            m.iter()
                .any(|m| m.contains("x.md:5: error: `reviewed` date 2027-01-01 is in the future")),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|m| m.contains("x.md:2: error: missing the English summary")),
            "{m:?}"
        );
    }

    #[test]
    fn an_old_reviewed_date_is_a_warning_and_the_entry_still_loads() {
        let p = parse(&GOOD.replace("2026-11-20", "2025-01-10"));
        assert!(p.entry.is_some());
        let m = messages(&p);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            m[0].contains("x.md:5: warning: `reviewed` 2025-01-10 is"),
            "{m:?}"
        );
    }

    #[test]
    fn a_question_without_words_is_reported_at_its_language_line() {
        let p = parse(&GOOD.replace("\"LUT kaise bhare\"", "\"???\""));
        let m = messages(&p);
        assert!(
            m.iter()
                .any(|m| m.contains("x.md:19: error: a question in questions.hi has no words")),
            "{m:?}"
        );
    }

    #[test]
    fn bad_toml_names_its_line_and_unknown_keys_are_errors() {
        let p = parse("+++\nid = \"a\"\nkind = \n+++\n");
        assert!(
            messages(&p)[0].contains("x.md:3: error: bad TOML"),
            "{:?}",
            messages(&p)
        );
        let p = parse(&GOOD.replace("[source]", "colour = \"red\"\n[source]"));
        assert!(messages(&p)[0].contains("bad TOML"), "{:?}", messages(&p));
    }

    #[test]
    fn text_before_the_first_language_heading_is_reported_once() {
        let p = parse(&GOOD.replace("+++\n## en", "+++\nstray\nmore stray\n## en"));
        let m = messages(&p);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            m[0].contains("x.md:21: error: body text must follow"),
            "{m:?}"
        );
    }

    #[test]
    fn a_file_without_front_matter_says_so() {
        let p = parse("# IEC\n");
        assert!(messages(&p)[0].contains("x.md:1: error: an entry starts with a `+++` line"));
        let p = parse("+++\nid = \"a\"\n");
        assert!(messages(&p)[0].contains("not closed"));
    }
}
