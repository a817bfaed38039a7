//! Notices (`knowledge/notices/*.md`): what the helpdesk tells subscribers first — a policy
//! change, a deadline, an event, an outreach programme — with who it is for and when it
//! goes out. Called a [`Bulletin`] in code, so it is not confused with the typed outbox
//! messages of escalation (`escalation::Notice`).
//!
//! A deadline may recur every year within a window (1 April–30 June for the IEC update):
//! each year's window is one [`Period`], sent once per subscriber.

use std::path::PathBuf;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, TimeZone};

use super::hs::HsCode;
use super::model::{LangMap, Source, pick};
use crate::lang::Lang;

/// What kind of notice it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BulletinKind {
    PolicyChange,
    Deadline,
    Event,
    Outreach,
}

impl BulletinKind {
    pub const ALL: [BulletinKind; 4] = [
        BulletinKind::PolicyChange,
        BulletinKind::Deadline,
        BulletinKind::Event,
        BulletinKind::Outreach,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BulletinKind::PolicyChange => "policy-change",
            BulletinKind::Deadline => "deadline",
            BulletinKind::Event => "event",
            BulletinKind::Outreach => "outreach",
        }
    }

    pub fn parse(s: &str) -> Option<BulletinKind> {
        BulletinKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A topic users subscribe to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    Schemes,
    GstCustoms,
    Deadlines,
    Events,
}

impl Topic {
    pub const ALL: [Topic; 4] = [
        Topic::Schemes,
        Topic::GstCustoms,
        Topic::Deadlines,
        Topic::Events,
    ];

    /// The code in notice files, button data and the store.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Schemes => "schemes",
            Topic::GstCustoms => "gst-customs",
            Topic::Deadlines => "deadlines",
            Topic::Events => "events",
        }
    }

    pub fn parse(s: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Who a notice is for: anyone subscribed to one of these (or everyone subscribed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Targets {
    pub all: bool,
    /// District keys, "STATE/DISTRICT".
    pub districts: Vec<String>,
    /// States, capitals as in `districts.csv`.
    pub states: Vec<String>,
    /// HS chapters or headings (or finer).
    pub hs: Vec<HsCode>,
    pub topics: Vec<Topic>,
}

/// What an event notice says of the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub starts: DateTime<FixedOffset>,
    pub place: String,
    pub organiser: String,
}

/// A yearly window, month and day inclusive at both ends, in the offset of `publish`. A
/// window whose end comes before its start runs over the new year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub from: (u32, u32),
    pub to: (u32, u32),
}

/// One period of a notice: `once` for a notice that does not recur, else the year its
/// window opened in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period(pub String);

impl Period {
    pub fn once() -> Period {
        Period("once".into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A notice file, checked.
#[derive(Debug, Clone)]
pub struct Bulletin {
    pub id: String,
    pub kind: BulletinKind,
    pub title: LangMap<String>,
    pub summary: LangMap<String>,
    pub body: LangMap<String>,
    pub source: Source,
    pub publish: DateTime<FixedOffset>,
    pub expires: DateTime<FixedOffset>,
    pub targets: Targets,
    pub event: Option<Event>,
    /// A deadline that comes back every year within this window.
    pub every_year: Option<Window>,
    /// The file it was read from, relative to the knowledge folder.
    pub file: PathBuf,
}

impl Bulletin {
    /// The title in `lang`, or English (the bool says whether it fell back).
    pub fn title_in(&self, lang: Lang) -> (&str, bool) {
        pick(&self.title, lang)
    }

    /// The summary in `lang`, or English (the bool says whether it fell back).
    pub fn summary_in(&self, lang: Lang) -> (&str, bool) {
        pick(&self.summary, lang)
    }

    /// The period due at `now` (Unix seconds), when the notice is to be sent then: its
    /// publish time has come, it has not expired and, for a yearly deadline, `now` is
    /// within this year's window (from the window's first day at the publish time of day).
    pub fn due(&self, now: i64) -> Option<Period> {
        if now < self.publish.timestamp() || now >= self.expires.timestamp() {
            return None;
        }
        let Some(window) = self.every_year else {
            return Some(Period::once());
        };
        let local = self.publish.offset().timestamp_opt(now, 0).single()?;
        // The window that opened this year, or last year for one running over the new year.
        [local.year(), local.year() - 1]
            .into_iter()
            .find_map(|year| {
                let (opens, closes) = self.window_in(window, year)?;
                (opens.timestamp() <= now && now < closes.timestamp())
                    .then(|| Period(year.to_string()))
            })
    }

    /// When the window of `year` opens (first day, at the publish time of day) and closes
    /// (the day after its last day, at midnight).
    fn window_in(
        &self,
        w: Window,
        year: i32,
    ) -> Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)> {
        let tz = *self.publish.offset();
        let start = NaiveDate::from_ymd_opt(year, w.from.0, w.from.1)?;
        let end_year = if w.to < w.from { year + 1 } else { year };
        let end = NaiveDate::from_ymd_opt(end_year, w.to.0, w.to.1)?.succ_opt()?;
        let opens = tz
            .from_local_datetime(&start.and_time(self.publish.time()))
            .single()?;
        let closes = tz
            .from_local_datetime(&end.and_hms_opt(0, 0, 0)?)
            .single()?;
        Some((opens, closes))
    }

    /// Whether the notice is current at `now`: published, not expired and, for a yearly
    /// deadline, within a window (what `/notices` shows).
    pub fn current(&self, now: i64) -> bool {
        self.due(now).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn bulletin(every_year: Option<Window>) -> Bulletin {
        Bulletin {
            id: "iec-update".into(),
            kind: BulletinKind::Deadline,
            title: LangMap::new(),
            summary: LangMap::new(),
            body: LangMap::new(),
            source: Source {
                cite: "HBP 2023 para 2.07".into(),
                url: None,
            },
            publish: at("2026-01-01T10:00:00+05:30"),
            expires: at("2030-01-01T00:00:00+05:30"),
            targets: Targets::default(),
            event: None,
            every_year,
            file: PathBuf::new(),
        }
    }

    #[test]
    fn a_yearly_deadline_is_due_once_a_year_within_its_window() {
        let b = bulletin(Some(Window {
            from: (4, 1),
            to: (6, 30),
        }));
        let t = |s: &str| at(s).timestamp();
        assert_eq!(b.due(t("2026-03-31T23:00:00+05:30")), None);
        assert_eq!(b.due(t("2026-04-01T09:59:00+05:30")), None, "before 10:00");
        assert_eq!(
            b.due(t("2026-04-01T10:00:00+05:30")),
            Some(Period("2026".into()))
        );
        assert_eq!(
            b.due(t("2026-06-30T23:59:00+05:30")),
            Some(Period("2026".into()))
        );
        assert_eq!(b.due(t("2026-07-01T00:00:00+05:30")), None);
        assert_eq!(
            b.due(t("2027-05-10T12:00:00+05:30")),
            Some(Period("2027".into()))
        );
        assert_eq!(b.due(t("2030-05-10T12:00:00+05:30")), None, "expired");
    }

    #[test]
    fn a_window_over_the_new_year_belongs_to_the_year_it_opened() {
        let b = bulletin(Some(Window {
            from: (12, 1),
            to: (1, 31),
        }));
        let t = |s: &str| at(s).timestamp();
        assert_eq!(
            b.due(t("2027-01-15T12:00:00+05:30")),
            Some(Period("2026".into()))
        );
        assert_eq!(b.due(t("2027-02-01T12:00:00+05:30")), None);
    }

    #[test]
    fn a_notice_that_does_not_recur_is_due_from_publish_to_expiry() {
        let b = bulletin(None);
        assert_eq!(b.due(at("2025-12-31T10:00:00+05:30").timestamp()), None);
        assert_eq!(
            b.due(at("2026-01-01T10:00:00+05:30").timestamp()),
            Some(Period::once())
        );
        assert!(!b.current(at("2031-01-01T10:00:00+05:30").timestamp()));
    }
}
