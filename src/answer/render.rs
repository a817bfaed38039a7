//! Turning a knowledge-base item into a localized [`Reply`].

use super::{Engine, Reply};
use crate::i18n::{I18n, args};
use crate::knowledge::{HsCode, HsLine};
use crate::lang::Lang;
use crate::search::DocKey;

/// Below this confidence an answer carries a "not sure" note.
const SURE: f32 = 0.75;

/// How many child codes an HS answer lists.
const CHILDREN_SHOWN: usize = 8;

pub fn render(engine: &Engine, i18n: &I18n, key: &DocKey, lang: Lang, confidence: f32) -> Reply {
    let mut r = match key {
        DocKey::Entry(i) => entry(engine, i18n, *i, lang),
        DocKey::Hs(code) => hs_code(engine, i18n, code, lang),
        DocKey::Product(i) => product(engine, i18n, *i, lang),
        DocKey::District(i) => district(engine, i18n, *i, lang),
    };
    if confidence < SURE {
        r.blank();
        r.italic(i18n.get(lang, "answer-low-confidence"));
    }
    r
}

fn entry(engine: &Engine, i18n: &I18n, i: usize, lang: Lang) -> Reply {
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
    for line in summary.lines() {
        r.plain(line);
    }
    r.blank();
    let mut cite = e.source.cite.clone();
    if let Some(url) = &e.source.url {
        cite = format!("{cite} — {url}");
    }
    r.italic(i18n.message(lang, "answer-source", &args(&[("cite", &cite)])));
    let related: Vec<String> = e
        .related
        .iter()
        .filter_map(|id| kb.entry(id))
        .map(|x| x.title_in(lang).0.to_string())
        .collect();
    if !related.is_empty() {
        r.plain(i18n.message(
            lang,
            "answer-see-also",
            &args(&[("titles", &related.join("; "))]),
        ));
    }
    r
}

fn code_line(line: &HsLine) -> String {
    format!("{} — {}", line.code.pretty(), line.display)
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

fn hs_code(engine: &Engine, i18n: &I18n, code: &HsCode, lang: Lang) -> Reply {
    let kb = &engine.kb;
    let mut r = Reply::new();
    let Some(line) = kb.hs.get(code) else {
        return Reply::text(i18n.message(lang, "hs-not-found", &args(&[("code", code.as_str())])));
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
    if !children.is_empty() {
        r.plain(i18n.message(
            lang,
            "hs-children",
            &args(&[("count", &children.len().to_string())]),
        ));
        for c in children.iter().take(CHILDREN_SHOWN) {
            r.plain(format!("• {}", code_line(c)));
        }
    }
    r.blank();
    policy_lines(engine, i18n, code, lang, &mut r);
    r.italic(i18n.get(lang, "hs-attribution"));
    r
}

fn product(engine: &Engine, i18n: &I18n, i: usize, lang: Lang) -> Reply {
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
                r.plain(format!("   – {}", code_line(c)));
            }
        }
    }
    r.blank();
    if let Some(code) = p.hs.first() {
        policy_lines(engine, i18n, code, lang, &mut r);
    }
    r.italic(i18n.get(lang, "hs-attribution"));
    r
}

fn district(engine: &Engine, i18n: &I18n, i: usize, lang: Lang) -> Reply {
    let kb = &engine.kb;
    let d = &kb.districts[i];
    let mut r = Reply::new();
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
        r.plain(i18n.message(
            lang,
            "district-products",
            &args(&[("products", &products.join(", "))]),
        ));
    }
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
    r
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>().trim_end())
    }
}
