//! Turning a knowledge-base item into a localized reply sized for a phone: a first message
//! (the summary, at most [`SUMMARY_CHARS`] of it, with its source) and a "More" part with
//! the rest (steps and details), plus at most [`SEE_ALSO`] related results.

use super::{Engine, Offer, Reply};
use crate::i18n::{I18n, args};
use crate::knowledge::{HsCode, HsLine, KnowledgeBase};
use crate::lang::Lang;
use crate::search::DocKey;

/// How many characters of a summary the first message holds; the rest goes to "More",
/// cut at a line or sentence break.
pub const SUMMARY_CHARS: usize = 700;

/// At most this many "See also" results.
pub const SEE_ALSO: usize = 3;

/// How many child codes an HS answer lists in its first message ("More" lists up to
/// [`CHILDREN_MORE`]).
const CHILDREN_SHOWN: usize = 8;
const CHILDREN_MORE: usize = 60;

/// A result rendered for the user.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The first message.
    pub first: Reply,
    /// What the "More" button sends, when there is more.
    pub more: Option<Reply>,
    /// Related results, at most [`SEE_ALSO`].
    pub see_also: Vec<Offer>,
}

pub fn render(engine: &Engine, i18n: &I18n, key: &DocKey, lang: Lang) -> Rendered {
    match key {
        DocKey::Entry(i) => entry(engine, i18n, *i, lang),
        DocKey::Hs(code) => hs_code(engine, i18n, code, lang),
        DocKey::Product(i) => product(engine, i18n, *i, lang),
        DocKey::District(i) => district(engine, i18n, *i, lang),
    }
}

/// Splits a text into what fits in `max` characters and the rest: at the last line break
/// before the limit, else the last sentence end, else the last space (never inside a word
/// when there is a space). A text that fits is returned whole.
pub fn split_at_break(text: &str, max: usize) -> (&str, Option<&str>) {
    let text = text.trim();
    let Some((limit, _)) = text.char_indices().nth(max) else {
        return (text, None);
    };
    let window = &text[..limit];
    let line = window.rfind('\n').filter(|&i| i >= limit / 3);
    let sentence = || {
        window
            .char_indices()
            .filter(|&(i, c)| {
                matches!(c, '.' | '?' | '!' | '।' | '॥')
                    && window[i + c.len_utf8()..].starts_with([' ', '\n'])
            })
            .map(|(i, c)| i + c.len_utf8())
            .next_back()
            .filter(|&i| i >= limit / 3)
    };
    let cut = line
        .or_else(sentence)
        .or_else(|| window.rfind(' ').filter(|&i| i > 0))
        .unwrap_or(limit);
    let (head, tail) = text.split_at(cut);
    let tail = tail.trim();
    (head.trim_end(), (!tail.is_empty()).then_some(tail))
}

/// One line of an entry's Markdown body: headings bold, bullets as "•", `**` dropped.
fn body_line(r: &mut Reply, line: &str) {
    let line = line.replace("**", "");
    let trimmed = line.trim();
    if trimmed.is_empty() {
        r.blank();
    } else if let Some(h) = trimmed.strip_prefix('#') {
        r.bold(h.trim_start_matches('#').trim());
    } else if let Some(item) = trimmed.strip_prefix("- ").or(trimmed.strip_prefix("* ")) {
        r.plain(format!("• {item}"));
    } else {
        r.plain(trimmed);
    }
}

fn entry(engine: &Engine, i18n: &I18n, i: usize, lang: Lang) -> Rendered {
    let kb = &engine.kb;
    let e = &kb.entries[i];
    let mut r = Reply::new();
    let (title, t_fallback) = e.title_in(lang);
    let (summary, s_fallback) = e.summary_in(lang);
    if t_fallback || s_fallback {
        r.italic(i18n.get(lang, "answer-english-only"));
    }
    r.bold(title);
    // Official portals and forms are in English: a translated title also shows the English one.
    if !t_fallback
        && lang != Lang::En
        && let Some(english) = e.title.get(&Lang::En).filter(|en| en.as_str() != title)
    {
        r.italic(english.clone());
    }
    let (head, tail) = split_at_break(summary, SUMMARY_CHARS);
    for line in head.lines() {
        r.plain(line);
    }
    r.blank();
    let mut cite = e.source.cite.clone();
    if let Some(url) = &e.source.url {
        cite = format!("{cite} — {url}");
    }
    r.italic(i18n.message(lang, "answer-source", &args(&[("cite", &cite)])));

    let mut more = Reply::new();
    for line in tail.into_iter().flat_map(str::lines) {
        more.plain(line);
    }
    let body = match e.body.get(&lang) {
        Some(b) => Some((b, false)),
        None => e.body.get(&Lang::En).map(|b| (b, lang != Lang::En)),
    };
    if let Some((body, fallback)) = body.filter(|(b, _)| !b.trim().is_empty()) {
        more.blank();
        if fallback && !(t_fallback || s_fallback) {
            more.italic(i18n.get(lang, "answer-english-only"));
        }
        for line in body.lines() {
            body_line(&mut more, line);
        }
    }
    let see_also = e
        .related
        .iter()
        .filter_map(|id| kb.entry(id))
        .take(SEE_ALSO)
        .map(|x| Offer {
            id: x.id.clone(),
            title: x.title_in(lang).0.to_string(),
        })
        .collect();
    Rendered {
        first: r,
        more: finish(more),
        see_also,
    }
}

/// A "More" part with nothing in it is none.
fn finish(mut more: Reply) -> Option<Reply> {
    while more.lines.first().is_some_and(Vec::is_empty) {
        more.lines.remove(0);
    }
    (!more.plain_text().trim().is_empty()).then_some(more)
}

fn code_line(line: &HsLine) -> String {
    format!("{} — {}", line.code.pretty(), line.display)
}

/// A code listed under its parent: its own words, without the parent's description that
/// the published text repeats in front ("LIVE HORSES, ASSES ... - OTHER" under 0101 is
/// "Other").
fn child_line(kb: &KnowledgeBase, line: &HsLine) -> String {
    format!("{} — {}", line.code.pretty(), own_text(kb, line))
}

fn own_text(kb: &KnowledgeBase, line: &HsLine) -> String {
    let mut text = line.description.trim();
    for a in line.code.ancestors() {
        let Some(parent) = kb.hs.get(&a) else {
            continue;
        };
        let prefix = parent
            .description
            .trim()
            .trim_end_matches(['.', ':', ' ', '-']);
        let starts = prefix.len() > 3
            && text
                .get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix));
        if starts {
            let rest = text[prefix.len()..].trim_start_matches([' ', '-', ':', ',', '.', '–', '—']);
            if !rest.is_empty() {
                text = rest;
            }
            break;
        }
    }
    // Sentence case: a line published in capitals is lowered; the first letter is a capital.
    let lower = if text.chars().any(|c| c.is_ascii_lowercase()) || !text.is_ascii() {
        text.to_string()
    } else {
        text.to_ascii_lowercase()
    };
    let mut chars = lower.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn policy_lines(engine: &Engine, i18n: &I18n, code: &HsCode, lang: Lang, r: &mut Reply) {
    match engine.kb.policy_for(code) {
        Some(p) => {
            let policy = i18n.get(lang, p.policy.message_id());
            r.plain(i18n.message(
                lang,
                "hs-policy",
                &args(&[("policy", &format!("{policy} (HS {})", p.code.pretty()))]),
            ));
            if !p.conditions.is_empty() {
                r.plain(i18n.message(
                    lang,
                    "hs-policy-conditions",
                    &args(&[("conditions", &p.conditions)]),
                ));
            }
            r.italic(i18n.message(lang, "answer-source", &args(&[("cite", &p.source)])));
        }
        None => {
            r.plain(i18n.get(lang, "hs-policy-unknown"));
        }
    }
}

fn hs_code(engine: &Engine, i18n: &I18n, code: &HsCode, lang: Lang) -> Rendered {
    let kb = &engine.kb;
    let mut r = Reply::new();
    let Some(line) = kb.hs.get(code) else {
        return Rendered {
            first: Reply::text(i18n.message(
                lang,
                "hs-not-found",
                &args(&[("code", code.as_str())]),
            )),
            ..Rendered::default()
        };
    };
    r.bold(i18n.message(
        lang,
        "hs-heading",
        &args(&[("code", &code.pretty()), ("description", &line.display)]),
    ));
    let parents: Vec<String> = code
        .ancestors()
        .iter()
        .rev()
        .filter_map(|a| kb.hs.get(a))
        .map(|l| format!("{} {}", l.code.pretty(), short(&l.display, 70)))
        .collect();
    if !parents.is_empty() {
        r.plain(i18n.message(lang, "hs-parents", &args(&[("path", &parents.join(" › "))])));
    }
    let children = kb.hs_children(code);
    let mut more = Reply::new();
    if !children.is_empty() {
        r.plain(i18n.message(
            lang,
            "hs-children",
            &args(&[("count", &children.len().to_string())]),
        ));
        for c in children.iter().take(CHILDREN_SHOWN) {
            r.plain(format!("• {}", child_line(kb, c)));
        }
        if children.len() > CHILDREN_SHOWN {
            for c in children.iter().take(CHILDREN_MORE) {
                more.plain(format!("• {}", child_line(kb, c)));
            }
        }
    }
    r.blank();
    policy_lines(engine, i18n, code, lang, &mut r);
    r.italic(i18n.get(lang, "hs-attribution"));
    Rendered {
        first: r,
        more: finish(more),
        see_also: Vec::new(),
    }
}

fn product(engine: &Engine, i18n: &I18n, i: usize, lang: Lang) -> Rendered {
    let kb = &engine.kb;
    let p = &kb.products[i];
    let mut r = Reply::new();
    let local = p.name_in(lang);
    let english = p.name_in(Lang::En);
    let name = if local == english {
        english.to_string()
    } else {
        format!("{local} ({english})")
    };
    r.bold(i18n.message(lang, "hs-product-heading", &args(&[("product", &name)])));
    for code in &p.hs {
        if let Some(line) = kb.hs.get(code) {
            r.plain(format!("• HS {}", code_line(line)));
            for c in kb.hs_children(code).iter().take(4) {
                r.plain(format!("   – {}", child_line(kb, c)));
            }
        }
    }
    r.blank();
    if let Some(code) = p.hs.first() {
        policy_lines(engine, i18n, code, lang, &mut r);
    }
    r.italic(i18n.get(lang, "hs-attribution"));
    Rendered {
        first: r,
        ..Rendered::default()
    }
}

fn district(engine: &Engine, i18n: &I18n, i: usize, lang: Lang) -> Rendered {
    let kb = &engine.kb;
    let d = &kb.districts[i];
    let mut r = Reply::new();
    let mut more = Reply::new();
    let name = d.name_in(lang);
    let name = if name == d.display_name() {
        name
    } else {
        format!("{name} ({})", d.display_name())
    };
    r.bold(i18n.message(
        lang,
        "district-heading",
        &args(&[("district", &name), ("state", &d.display_state())]),
    ));
    if d.products.is_empty() {
        r.plain(i18n.get(lang, "district-no-products"));
    } else {
        let products: Vec<String> = d
            .products
            .iter()
            .map(|p| {
                match engine
                    .product_names
                    .get(&p.to_lowercase())
                    .map(|&j| kb.products[j].name_in(lang))
                {
                    Some(local) if lang != Lang::En && !local.eq_ignore_ascii_case(p) => {
                        format!("{p} ({local})")
                    }
                    _ => p.clone(),
                }
            })
            .collect();
        let line = i18n.message(
            lang,
            "district-products",
            &args(&[("products", &products.join(", "))]),
        );
        let (head, tail) = split_at_break(&line, SUMMARY_CHARS);
        r.plain(head);
        if let Some(tail) = tail {
            more.plain(tail);
        }
    }
    // Who to turn to in the district belongs to the card itself.
    r.plain(i18n.get(lang, "district-depc"));
    if let Some(ra) = d
        .regional_authority
        .as_ref()
        .and_then(|id| kb.regional_authorities.get(id))
    {
        r.plain(i18n.message(lang, "district-ra", &args(&[("ra", &ra.name)])));
    }
    let cite = match &d.products_source {
        Some(s) => format!("{s}; FTP 2023 Chapter 3 (Districts as Export Hubs)"),
        None => "FTP 2023 Chapter 3 (Districts as Export Hubs)".to_string(),
    };
    r.blank();
    r.italic(i18n.message(lang, "district-source", &args(&[("cite", &cite)])));
    Rendered {
        first: r,
        more: finish(more),
        see_also: Vec::new(),
    }
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>().trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_kept_whole() {
        assert_eq!(split_at_break("One line.", 700), ("One line.", None));
    }

    #[test]
    fn a_long_text_is_cut_at_the_last_line_break_before_the_limit() {
        let text = format!(
            "{}\n{}\n{}",
            "a".repeat(300),
            "b".repeat(300),
            "c".repeat(300)
        );
        let (head, tail) = split_at_break(&text, 700);
        assert_eq!(head, format!("{}\n{}", "a".repeat(300), "b".repeat(300)));
        assert_eq!(tail, Some("c".repeat(300).as_str()));
    }

    #[test]
    fn without_line_breaks_the_cut_is_at_a_sentence_end_in_any_script() {
        let sentence = "यह एक वाक्य है। ";
        let text = sentence.repeat(80);
        let (head, tail) = split_at_break(&text, 700);
        assert!(head.chars().count() <= 700);
        assert!(head.ends_with('।'), "{head}");
        assert_eq!(format!("{head} {}", tail.unwrap()), text.trim());
    }

    #[test]
    fn a_text_with_no_break_at_all_is_cut_at_the_limit() {
        let text = "x".repeat(2000);
        let (head, tail) = split_at_break(&text, 700);
        assert_eq!(head.chars().count(), 700);
        assert_eq!(tail.unwrap().len(), 1300);
    }
}
