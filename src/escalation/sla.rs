//! The SLA clock: a reminder to the officers holding a ticket after `remind` working hours
//! without an answer, and escalation to the next level (district → state → RA → admin) after
//! each `escalate` working hours. Working hours count only the configured working days, in
//! India Standard Time. [`tick`] takes "now" as an argument, so tests drive it with a clock of
//! their own; the bot calls it every minute.

use chrono::{DateTime, Datelike, Duration as Span, NaiveTime, TimeZone, Weekday};

use super::notice::Notice;
use super::{jurisdiction::route, ticket_question};
use crate::answer::Answerer;
use crate::store::{
    Author, IdempotencyKey, Level, Store, StoreError, TelegramId, Ticket, TicketId,
};

/// India Standard Time, UTC+05:30.
const IST_OFFSET: i32 = 5 * 3600 + 1800;

/// SLA settings.
#[derive(Debug, Clone)]
pub struct Sla {
    pub remind_hours: u32,
    pub escalate_hours: u32,
    pub working_days: Vec<Weekday>,
}

impl Default for Sla {
    /// 24 h to a reminder, 72 h to escalation, Monday to Friday.
    fn default() -> Self {
        Sla {
            remind_hours: 24,
            escalate_hours: 72,
            working_days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
        }
    }
}

impl Sla {
    /// Seconds between two Unix times that fall on working days (IST).
    pub fn working_seconds(&self, from: i64, to: i64) -> i64 {
        if to <= from {
            return 0;
        }
        let tz = chrono::FixedOffset::east_opt(IST_OFFSET).expect("valid offset");
        let start: DateTime<_> = tz.timestamp_opt(from, 0).single().expect("valid time");
        let end: DateTime<_> = tz.timestamp_opt(to, 0).single().expect("valid time");
        let mut total = 0;
        let mut day = start.date_naive();
        while day <= end.date_naive() {
            if self.working_days.contains(&day.weekday()) {
                let day_start = tz
                    .from_local_datetime(&day.and_time(NaiveTime::MIN))
                    .single()
                    .expect("valid");
                let day_end = day_start + Span::days(1);
                let a = start.max(day_start);
                let b = end.min(day_end);
                if b > a {
                    total += (b - a).num_seconds();
                }
            }
            day = day.succ_opt().expect("a next day");
        }
        total
    }
}

/// What one pass did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub reminded: Vec<TicketId>,
    /// Tickets that climbed, and the level each reached.
    pub escalated: Vec<(TicketId, Level)>,
}

/// Checks every open, unanswered ticket against the SLA at time `now` (Unix seconds).
pub async fn tick(
    store: &Store,
    answerer: &Answerer,
    sla: &Sla,
    now: i64,
) -> Result<Report, StoreError> {
    let mut report = Report::default();
    for t in store.open_tickets_all().await? {
        let thread = store.ticket_messages(t.id).await?;
        if thread.iter().any(|m| m.author == Author::Officer) {
            continue; // answered: the SLA is about the first answer
        }
        let waited = sla.working_seconds(t.created, now);
        let steps = (waited / (i64::from(sla.escalate_hours.max(1)) * 3600)) as usize;
        let due = Level::ALL[steps.min(Level::ALL.len() - 1)];
        if due > t.level {
            let level = escalate(store, answerer, &t, due, waited / 3600).await?;
            report.escalated.push((t.id, level));
        } else if !t.reminded && waited >= i64::from(sla.remind_hours) * 3600 {
            remind(store, answerer, &t, waited / 3600).await?;
            report.reminded.push(t.id);
        }
    }
    Ok(report)
}

/// Moves a ticket up to the first level from `due` that has officers, and tells them. The
/// notices go first (each under its own key), then the move, which only one of several
/// instances' passes makes; that one writes the audit row.
async fn escalate(
    store: &Store,
    answerer: &Answerer,
    t: &Ticket,
    due: Level,
    hours: i64,
) -> Result<Level, StoreError> {
    let (level, officers) = route(store, &answerer.engine().kb, &t.district, due).await?;
    let question = ticket_question(store, t.id).await?;
    for o in &officers {
        let key = IdempotencyKey::escalated(t.id, level, o.telegram_id);
        Notice::new(o.telegram_id, key, "officer-escalated")
            .about(t.id)
            .arg("hours", hours)
            .then(question.clone())
            .queue(store, &answerer.i18n)
            .await?;
    }
    if store.raise_ticket(t.id, t.level, level).await? {
        store
            .audit(Some(t.id), TelegramId::SYSTEM, "escalated", level.as_str())
            .await?;
    }
    Ok(level)
}

/// Reminds the officer holding a ticket (or, unclaimed, its level's officers), once a level:
/// the reminders are keyed by ticket, level and officer, and only the pass that marks the
/// ticket reminded writes the audit row, so two instances' passes remind once.
async fn remind(
    store: &Store,
    answerer: &Answerer,
    t: &Ticket,
    hours: i64,
) -> Result<(), StoreError> {
    let targets: Vec<TelegramId> = match t.claimed_by {
        Some(o) => vec![o],
        None => route(store, &answerer.engine().kb, &t.district, t.level)
            .await?
            .1
            .iter()
            .map(|o| o.telegram_id)
            .collect(),
    };
    for o in targets {
        Notice::new(
            o,
            IdempotencyKey::reminder(t.id, t.level, o),
            "officer-sla-reminder",
        )
        .about(t.id)
        .arg("hours", hours)
        .queue(store, &answerer.i18n)
        .await?;
    }
    if store.mark_reminded(t.id).await? {
        store
            .audit(Some(t.id), TelegramId::SYSTEM, "reminded", t.level.as_str())
            .await?;
    }
    Ok(())
}

/// Runs [`tick`] every minute with the real clock, until the task is dropped.
pub async fn run(store: Store, answerer: std::sync::Arc<Answerer>, sla: Sla) {
    loop {
        if let Err(e) = tick(&store, &answerer, &sla, crate::store::now()).await {
            tracing::error!(error = %e, "SLA check failed");
        }
        tokio::time::sleep(std::time::Duration::from_secs(60)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn working_time_skips_the_weekend_in_india_standard_time() {
        let sla = Sla::default();
        // Friday 2026-11-27 18:00 IST to Monday 2026-11-30 10:00 IST.
        let tz = chrono::FixedOffset::east_opt(IST_OFFSET).unwrap();
        let fri = tz
            .with_ymd_and_hms(2026, 11, 27, 18, 0, 0)
            .unwrap()
            .timestamp();
        let mon = tz
            .with_ymd_and_hms(2026, 11, 30, 10, 0, 0)
            .unwrap()
            .timestamp();
        assert_eq!(
            sla.working_seconds(fri, mon),
            (6 + 10) * 3600,
            "6 h of Friday and 10 h of Monday"
        );
        let every_day = Sla {
            working_days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
                Weekday::Sat,
                Weekday::Sun,
            ],
            ..Sla::default()
        };
        assert_eq!(every_day.working_seconds(fri, mon), mon - fri);
        assert_eq!(sla.working_seconds(mon, fri), 0);
    }
}
