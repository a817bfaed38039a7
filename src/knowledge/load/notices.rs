//! Notice files (`notices/*.md`): front matter like an entry's (`[title]`, `[summary]`,
//! `[source]`, the body by `## <code>`), plus `id`, `kind`, `publish`/`expires` date-times
//! with an offset, the targets (`districts`, `states`, `hs`, `topics`, `all`), an event's
//! `starts`/`place`/`organiser`, and a yearly deadline's `every = "year"` with its `window`.
//! [`parse_bulletin`] is pure given the districts and HS lines already loaded.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;
use toml::Spanned;

use super::Loader;
use super::entry::{Parser, RawSource, parse_body};
use crate::knowledge::diag::Diagnostics;
use crate::knowledge::notice::{Bulletin, BulletinKind, Event, Targets, Topic, Window};
use crate::knowledge::places::DistrictMatch;
use crate::knowledge::{HsCode, KnowledgeBase, KnowledgeError};

/// The longest notice id: its button data ("nd:<id>:2026") must fit Telegram's 64 bytes.
pub const MAX_ID_CHARS: usize = 40;

/// The most targets of one kind a notice may name (each is one query per batch sent).
pub const MAX_TARGETS: usize = 40;

impl Loader {
    pub(super) fn load_notices(&mut self) -> Result<(), KnowledgeError> {
        let mut seen: HashMap<String, PathBuf> = HashMap::new();
        for rel in self.files.list("notices", "md")? {
            let Some(text) = self.files.read(&rel, &mut self.diags)? else {
                continue;
            };
            let shown = self.files.shown(&rel);
            let (bulletin, diags, id_line) = parse_bulletin(&shown, &text, &self.kb);
            self.diags.0.extend(diags.0);
            let Some(b) = bulletin else { continue };
            if let Some(first) = seen.get(&b.id) {
                let msg = format!(
                    "duplicate notice id {:?}: also used by {}",
                    b.id,
                    first.display()
                );
                self.diags.error(&shown, id_line, msg);
                continue;
            }
            seen.insert(b.id.clone(), shown);
            self.kb.bulletins.push(Bulletin { file: rel, ..b });
        }
        Ok(())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBulletin {
    id: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    publish: Option<Spanned<toml::value::Datetime>>,
    expires: Option<Spanned<toml::value::Datetime>>,
    source: Option<Spanned<RawSource>>,
    #[serde(default)]
    title: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    summary: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    all: bool,
    #[serde(default)]
    districts: Vec<Spanned<String>>,
    #[serde(default)]
    states: Vec<Spanned<String>>,
    #[serde(default)]
    hs: Vec<Spanned<String>>,
    #[serde(default)]
    topics: Vec<Spanned<String>>,
    starts: Option<Spanned<toml::value::Datetime>>,
    place: Option<String>,
    organiser: Option<String>,
    every: Option<Spanned<String>>,
    window: Option<Spanned<RawWindow>>,
}

/// `window = ["04-01", "06-30"]` or `window = { from = "04-01", to = "06-30" }`.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawWindow {
    List(Vec<String>),
    Table { from: String, to: String },
}

/// Parses a notice file shown as `shown`: the notice (when usable), its diagnostics and the
/// line of its `id`.
pub(super) fn parse_bulletin(
    shown: &Path,
    text: &str,
    kb: &KnowledgeBase,
) -> (Option<Bulletin>, Diagnostics, usize) {
    let mut p = Parser {
        shown,
        front: "",
        diags: Diagnostics::default(),
        ok: true,
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(close) = p.front_matter_end(&lines) else {
        return (None, p.diags, 1);
    };
    let front = lines[1..close].join("\n");
    p.front = &front;
    let mut raw: RawBulletin = match toml::from_str(&front) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map_or(1, |s| p.line_at(s.start));
            p.error(line, format!("bad TOML: {}", e.message()));
            return (None, p.diags, 1);
        }
    };
    let id_line = raw.id.as_ref().map_or(1, |s| p.line_at(s.span().start));
    let id = p.id(raw.id.take(), id_line);
    if let Some(id) = id.as_ref().filter(|id| id.chars().count() > MAX_ID_CHARS) {
        p.fail(
            id_line,
            format!("notice id {id:?} is longer than {MAX_ID_CHARS} characters"),
        );
    }
    let kind = kind(&mut p, raw.kind.as_ref(), id_line);
    let title = p.texts(std::mem::take(&mut raw.title), "title", id_line);
    let summary = p.texts(std::mem::take(&mut raw.summary), "summary", id_line);
    let source = p.source(raw.source.take(), id_line);
    let publish = date_time(&mut p, raw.publish.as_ref(), "publish", id_line);
    let expires = date_time(&mut p, raw.expires.as_ref(), "expires", id_line);
    if let (Some(from), Some(to), Some(at)) = (publish, expires, raw.expires.as_ref())
        && to <= from
    {
        let line = p.line_at(at.span().start);
        p.fail(
            line,
            format!("`expires` {to} is not after `publish` {from}"),
        );
    }
    let targets = targets(&mut p, &raw, kb, id_line);
    let event = event(&mut p, &raw, kind, publish, id_line);
    let every_year = recurrence(&mut p, &raw, kind);
    let body = parse_body(&lines[close + 1..], close + 2, shown, &mut p.diags);
    let bulletin = match (id, kind, publish, expires, p.ok) {
        (Some(id), Some(kind), Some(publish), Some(expires), true) => Some(Bulletin {
            id,
            kind,
            title,
            summary,
            body,
            source,
            publish,
            expires,
            targets,
            event,
            every_year,
            file: PathBuf::new(),
        }),
        _ => None,
    };
    (bulletin, p.diags, id_line)
}

fn kind(p: &mut Parser<'_>, raw: Option<&Spanned<String>>, id_line: usize) -> Option<BulletinKind> {
    let Some(k) = raw else {
        p.fail(id_line, "missing `kind`");
        return None;
    };
    let kind = BulletinKind::parse(k.get_ref());
    if kind.is_none() {
        let kinds: Vec<&str> = BulletinKind::ALL.iter().map(|k| k.as_str()).collect();
        let msg = format!("kind {:?} is not one of {}", k.get_ref(), kinds.join(", "));
        p.fail(p.line_at(k.span().start), msg);
    }
    kind
}

/// A TOML date-time with an offset (`2026-12-05T10:00:00+05:30`).
fn date_time(
    p: &mut Parser<'_>,
    raw: Option<&Spanned<toml::value::Datetime>>,
    what: &str,
    id_line: usize,
) -> Option<DateTime<FixedOffset>> {
    let Some(v) = raw else {
        p.fail(
            id_line,
            format!("missing `{what}` (a date-time such as 2026-12-05T10:00:00+05:30)"),
        );
        return None;
    };
    let line = p.line_at(v.span().start);
    let parsed = v
        .get_ref()
        .offset
        .and_then(|_| DateTime::parse_from_rfc3339(&v.get_ref().to_string()).ok());
    if parsed.is_none() {
        let msg = format!(
            "`{what}` must be a date-time with an offset such as 2026-12-05T10:00:00+05:30, not {}",
            v.get_ref()
        );
        p.fail(line, msg);
    }
    parsed
}

/// The targets, each checked against the knowledge base; at least one is required.
fn targets(p: &mut Parser<'_>, raw: &RawBulletin, kb: &KnowledgeBase, id_line: usize) -> Targets {
    let mut t = Targets {
        all: raw.all,
        ..Targets::default()
    };
    for (what, list) in [
        ("districts", &raw.districts),
        ("states", &raw.states),
        ("hs", &raw.hs),
        ("topics", &raw.topics),
    ] {
        if list.len() > MAX_TARGETS {
            let line = p.line_at(list[0].span().start);
            p.fail(
                line,
                format!(
                    "`{what}` names {} targets; at most {MAX_TARGETS}",
                    list.len()
                ),
            );
        }
    }
    for d in &raw.districts {
        let line = p.line_at(d.span().start);
        match kb.find_district(d.get_ref()) {
            DistrictMatch::Exact(i) => t.districts.push(kb.districts[i].key()),
            DistrictMatch::Candidates(list) => {
                let names: Vec<String> = list.iter().map(|&i| kb.districts[i].key()).collect();
                let msg = format!(
                    "district {:?} is not certain; write one of: {}",
                    d.get_ref(),
                    names.join(", ")
                );
                p.fail(line, msg);
            }
            DistrictMatch::None => p.fail(line, format!("unknown district {:?}", d.get_ref())),
        }
    }
    for s in &raw.states {
        let upper = s.get_ref().trim().to_uppercase();
        if kb.districts.iter().any(|d| d.state == upper) {
            t.states.push(upper);
        } else {
            let line = p.line_at(s.span().start);
            p.fail(line, format!("unknown state {:?}", s.get_ref()));
        }
    }
    for h in &raw.hs {
        let line = p.line_at(h.span().start);
        match HsCode::parse(h.get_ref()) {
            Ok(code) if kb.hs.contains_key(&code) => t.hs.push(code),
            Ok(code) => p.fail(line, format!("HS code {code} is not in hs/hsn.csv")),
            Err(e) => p.fail(line, e.to_string()),
        }
    }
    for topic in &raw.topics {
        match Topic::parse(topic.get_ref()) {
            Some(x) => t.topics.push(x),
            None => {
                let all: Vec<&str> = Topic::ALL.iter().map(|t| t.as_str()).collect();
                let msg = format!(
                    "topic {:?} is not one of {}",
                    topic.get_ref(),
                    all.join(", ")
                );
                p.fail(p.line_at(topic.span().start), msg);
            }
        }
    }
    let none = !t.all && raw.districts.is_empty() && raw.states.is_empty() && raw.hs.is_empty();
    if none && raw.topics.is_empty() {
        p.fail(
            id_line,
            "a notice needs a target: `districts`, `states`, `hs`, `topics` or `all = true`",
        );
    }
    t
}

/// An event's `starts`, `place` and `organiser`: required for an event, only for one.
fn event(
    p: &mut Parser<'_>,
    raw: &RawBulletin,
    kind: Option<BulletinKind>,
    publish: Option<DateTime<FixedOffset>>,
    id_line: usize,
) -> Option<Event> {
    let is_event = kind == Some(BulletinKind::Event);
    if !is_event {
        if let Some(s) = &raw.starts {
            let line = p.line_at(s.span().start);
            p.error(line, "`starts` is only for a notice of kind \"event\"");
        }
        return None;
    }
    let starts = date_time(p, raw.starts.as_ref(), "starts", id_line)?;
    if let (Some(publish), Some(s)) = (publish, raw.starts.as_ref())
        && starts < publish
    {
        let line = p.line_at(s.span().start);
        let msg =
            format!("the event `starts` {starts}, before the notice is published ({publish})");
        p.fail(line, msg);
    }
    let text = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    let (place, organiser) = (text(&raw.place), text(&raw.organiser));
    if place.is_none() || organiser.is_none() {
        p.fail(id_line, "an event needs `place` and `organiser`");
    }
    Some(Event {
        starts,
        place: place.unwrap_or_default(),
        organiser: organiser.unwrap_or_default(),
    })
}

/// `every = "year"` with `window = ["MM-DD", "MM-DD"]`, for a deadline.
fn recurrence(p: &mut Parser<'_>, raw: &RawBulletin, kind: Option<BulletinKind>) -> Option<Window> {
    let (every, window) = match (&raw.every, &raw.window) {
        (None, None) => return None,
        (Some(e), w) => (e, w),
        (None, Some(w)) => {
            p.fail(
                p.line_at(w.span().start),
                "`window` needs `every = \"year\"`",
            );
            return None;
        }
    };
    let line = p.line_at(every.span().start);
    if every.get_ref() != "year" {
        p.fail(
            line,
            format!("`every` must be \"year\", not {:?}", every.get_ref()),
        );
        return None;
    }
    if kind != Some(BulletinKind::Deadline) {
        p.fail(line, "only a notice of kind \"deadline\" recurs");
    }
    let Some(w) = window else {
        p.fail(line, "a yearly deadline needs `window = [\"04-01\", \"06-30\"]` (month-day, first and last day)");
        return None;
    };
    let wline = p.line_at(w.span().start);
    let texts: Vec<&str> = match w.get_ref() {
        RawWindow::List(list) => list.iter().map(String::as_str).collect(),
        RawWindow::Table { from, to } => vec![from, to],
    };
    let days: Vec<Option<(u32, u32)>> = texts.iter().map(|d| month_day(d)).collect();
    match days.as_slice() {
        [Some(from), Some(to)] => Some(Window {
            from: *from,
            to: *to,
        }),
        _ => {
            let msg = format!(
                "`window` must be two month-days such as [\"04-01\", \"06-30\"], not {texts:?}"
            );
            p.fail(wline, msg);
            None
        }
    }
}

/// "04-01" → (4, 1), checked against a leap year (29 February is allowed).
fn month_day(text: &str) -> Option<(u32, u32)> {
    let (m, d) = text.trim().split_once('-')?;
    let (m, d) = (m.parse().ok()?, d.parse().ok()?);
    chrono::NaiveDate::from_ymd_opt(2028, m, d).map(|_| (m, d))
}

#[cfg(test)]
mod tests;
