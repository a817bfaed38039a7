//! Officers' announcements: `/announce` with a text per language (or English only) to the
//! officer's own jurisdiction — a district officer to their district, a state officer to
//! their state; admins to a state or everyone. A draft is previewed and confirmed with a
//! button; at most [`PER_WEEK`] a week per district or state; every step is audited. A
//! confirmed announcement is broadcast like a notice (see [`super::broadcast`]).

use std::collections::BTreeMap;

use super::{EscalationError, Refusal};
use crate::knowledge::KnowledgeBase;
use crate::lang::Lang;
use crate::store::{Announcement, Jurisdiction, Level, Officer, Store, TelegramId};

/// Announcements a week to one district or state.
pub const PER_WEEK: i64 = 3;

/// The longest text of one language, in characters (one Telegram message with its heading).
pub const MAX_TEXT: usize = 3500;

/// Why an announcement was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnnounceProblem {
    /// No English text.
    NoText,
    /// A language's text is too long.
    TooLong,
    /// The target names no district or state.
    UnknownTarget,
    /// Already [`PER_WEEK`] this week.
    RateLimited,
}

/// Where an announcement goes: ("district", key), ("state", STATE) or ("all", "").
pub type Scope = (String, String);

/// Splits `/announce` text into a target (an optional first line `district <name>:`,
/// `state <name>:` or `all:`) and texts per language (`hi: ...` lines start a language;
/// text before any is English).
pub fn parse(text: &str) -> (Option<String>, BTreeMap<String, String>) {
    let mut target = None;
    let mut body = text.trim();
    if let Some((head, rest)) = body.split_once(':') {
        let h = head.trim().to_lowercase();
        let named = h == "all" || h.starts_with("district ") || h.starts_with("state ");
        if named && !head.contains('\n') {
            target = Some(head.trim().to_string());
            body = rest.trim();
        }
    }
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let mut current = "en".to_string();
    for line in body.lines() {
        let code = line
            .split_once(':')
            .map(|(c, rest)| (c.trim(), rest))
            .filter(|(c, _)| c.len() == 2 && Lang::parse(c).is_ok());
        let piece = match code {
            Some((c, rest)) => {
                current = c.to_string();
                rest
            }
            None => line,
        };
        let t = texts.entry(current.clone()).or_default();
        if !t.is_empty() {
            t.push('\n');
        }
        t.push_str(piece.trim());
    }
    texts.retain(|_, t| !t.trim().is_empty());
    (target, texts)
}

/// The scope an officer may announce to, named (`target`) or their own. Admins may name
/// any state, or `all`; others only their own district or state.
pub fn scope(
    officer: &Officer,
    target: Option<&str>,
    kb: &KnowledgeBase,
) -> Result<Scope, EscalationError> {
    let own = match &officer.jurisdiction {
        Jurisdiction::District(key) => Some(("district".to_string(), key.clone())),
        Jurisdiction::State(s) => Some(("state".to_string(), s.clone())),
        Jurisdiction::Admin => Some(("all".to_string(), String::new())),
        Jurisdiction::RegionalAuthority(_) => None,
    };
    let Some(target) = target else {
        return own.ok_or(Refusal::NotJurisdiction.into());
    };
    let wanted: Scope = if target.eq_ignore_ascii_case("all") {
        ("all".into(), String::new())
    } else {
        match Jurisdiction::parse_words(target, kb).map_err(|_| EscalationError::UnknownTarget)? {
            Jurisdiction::District(key) => ("district".into(), key),
            Jurisdiction::State(s) => ("state".into(), s),
            _ => return Err(EscalationError::UnknownTarget),
        }
    };
    let allowed = match (&officer.jurisdiction, wanted.0.as_str()) {
        (Jurisdiction::Admin, _) => true,
        (j, "district") => {
            j.covers(kb, &wanted.1) && !matches!(j, Jurisdiction::RegionalAuthority(_))
        }
        (Jurisdiction::State(s), "state") => *s == wanted.1,
        _ => false,
    };
    if allowed {
        Ok(wanted)
    } else {
        Err(Refusal::NotJurisdiction.into())
    }
}

/// Checks and saves a draft; its id. Refusals are audited.
pub async fn draft(
    store: &Store,
    kb: &KnowledgeBase,
    officer: &Officer,
    text: &str,
) -> Result<Result<(i64, Scope), AnnounceProblem>, EscalationError> {
    let (target, texts) = parse(text);
    let scope = match scope(officer, target.as_deref(), kb) {
        Ok(s) => s,
        Err(EscalationError::UnknownTarget) => return Ok(Err(AnnounceProblem::UnknownTarget)),
        Err(e) => {
            let detail = format!("announce refused: {}", target.unwrap_or_default());
            store
                .audit(None, officer.telegram_id, "refused", &detail)
                .await?;
            return Err(e);
        }
    };
    if !texts.contains_key("en") {
        return Ok(Err(AnnounceProblem::NoText));
    }
    if texts.values().any(|t| t.chars().count() > MAX_TEXT) {
        return Ok(Err(AnnounceProblem::TooLong));
    }
    let id = store
        .draft_announcement(officer.telegram_id, &scope.0, &scope.1, &texts)
        .await?;
    Ok(Ok((id, scope)))
}

/// Confirms a draft of this officer at `now`, within the weekly limit; `Ok(None)` when it
/// was already confirmed (a second press).
pub async fn confirm(
    store: &Store,
    officer: TelegramId,
    id: i64,
    now: i64,
) -> Result<Result<Option<Announcement>, AnnounceProblem>, EscalationError> {
    let a = store
        .announcement(id)
        .await?
        .filter(|a| a.officer == officer)
        .ok_or(Refusal::NoSuchTicket)?;
    if a.status != "draft" {
        return Ok(Ok(None));
    }
    let is_admin = store
        .officer(officer)
        .await?
        .is_some_and(|o| o.jurisdiction.level() == Level::Admin);
    let week_ago = now - 7 * 24 * 3600;
    let recent = store
        .announcements_since(&a.scope, &a.value, week_ago)
        .await?;
    if recent >= PER_WEEK && !is_admin {
        store
            .audit(None, officer, "announce-limited", &a.value)
            .await?;
        return Ok(Err(AnnounceProblem::RateLimited));
    }
    if !store.confirm_announcement(id, now).await? {
        return Ok(Ok(None));
    }
    let detail = format!("announcement {id} to {} {}", a.scope, a.value);
    store.audit(None, officer, "announced", &detail).await?;
    Ok(Ok(store.announcement(id).await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_announcement_is_read_into_a_target_and_texts_per_language() {
        let (t, texts) = parse("district Agra: Camp on Friday\nat the DIC.\nhi: शुक्रवार को शिविर");
        assert_eq!(t.as_deref(), Some("district Agra"));
        assert_eq!(texts["en"], "Camp on Friday\nat the DIC.");
        assert_eq!(texts["hi"], "शुक्रवार को शिविर");
        let (t, texts) = parse("Export camp at 10: bring your IEC");
        assert_eq!(t, None);
        assert_eq!(texts["en"], "Export camp at 10: bring your IEC");
        let (_, texts) = parse("ta: மட்டும்");
        assert!(!texts.contains_key("en"));
    }
}
