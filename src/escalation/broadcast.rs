//! Broadcasting notices to their subscribers. [`tick`] takes "now" as an argument (tests
//! drive it with a clock of their own; the bot calls it every few seconds): every notice
//! whose publish time has come is queued in the outbox once per (notice, period, user) —
//! in bounded batches read by user id after a cursor kept in the database, so no broadcast
//! holds all its subscribers in memory and a restart resumes where the last one stopped —
//! rendered in each subscriber's language (English with a note when the notice lacks it).
//! Event reminders go out the day before; officers' announcements the same way as notices.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, FixedOffset};

use crate::i18n::{I18n, args};
use crate::knowledge::KnowledgeBase;
use crate::knowledge::notice::{Bulletin, BulletinKind, Period};
use crate::lang::Lang;
use crate::store::{
    Announcement, Audience, BroadcastRow, IdempotencyKey, Store, StoreError, Subscriber,
    SubscriptionKind,
};
use crate::telegram::keyboard::button;
use crate::telegram::{Callback, Keyboard, escape_html};

/// Subscribers read per batch, per audience.
pub const BATCH: i64 = 500;

/// Batches queued per tick over all broadcasts: a tick's work is bounded, and a large
/// broadcast goes on at the next tick.
pub const BATCHES_PER_TICK: usize = 8;

/// Reminders are sent from this long before an event starts (a day).
pub const REMIND_BEFORE: i64 = 24 * 3600;

/// What one pass queued.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Broadcast messages queued.
    pub queued: usize,
    /// Event reminders queued.
    pub reminders: usize,
}

/// The audiences a notice's targets reach (a district notice also reaches subscribers of
/// its state; a state notice those of its districts; an HS code those above and below it).
pub fn audiences(b: &Bulletin, kb: &KnowledgeBase) -> Vec<Audience> {
    let t = &b.targets;
    if t.all {
        return vec![Audience::Everyone];
    }
    let mut out = Vec::new();
    for key in &t.districts {
        out.push(Audience::Exact(SubscriptionKind::District, key.clone()));
        if let Some(d) = kb.district_by_key(key) {
            out.push(Audience::Exact(SubscriptionKind::State, d.state.clone()));
        }
    }
    for s in &t.states {
        out.push(Audience::Exact(SubscriptionKind::State, s.clone()));
        out.push(Audience::DistrictsOf(s.clone()));
    }
    out.extend(t.hs.iter().map(|h| Audience::Hs(h.as_str().to_string())));
    out.extend(
        t.topics
            .iter()
            .map(|x| Audience::Exact(SubscriptionKind::Topic, x.as_str().to_string())),
    );
    out.dedup();
    out
}

/// The audiences of an announcement: its district (and that district's state
/// subscribers), its state, or everyone.
pub fn announcement_audiences(a: &Announcement, kb: &KnowledgeBase) -> Vec<Audience> {
    match a.scope.as_str() {
        "district" => {
            let mut v = vec![Audience::Exact(SubscriptionKind::District, a.value.clone())];
            if let Some(d) = kb.district_by_key(&a.value) {
                v.push(Audience::Exact(SubscriptionKind::State, d.state.clone()));
            }
            v
        }
        "state" => vec![
            Audience::Exact(SubscriptionKind::State, a.value.clone()),
            Audience::DistrictsOf(a.value.clone()),
        ],
        _ => vec![Audience::Everyone],
    }
}

/// The next batch of a broadcast after `after`: at most [`BATCH`] subscribers in id order,
/// and whether it is the last.
pub async fn next_batch(
    store: &Store,
    audiences: &[Audience],
    notice: &str,
    period: &str,
    after: i64,
) -> Result<(Vec<Subscriber>, bool), StoreError> {
    let mut merged: BTreeMap<i64, Subscriber> = BTreeMap::new();
    let mut last = true;
    for a in audiences {
        let batch = store
            .audience_batch(a, notice, period, after, BATCH)
            .await?;
        last &= (batch.len() as i64) < BATCH;
        merged.extend(batch.into_iter().map(|s| (s.id.0, s)));
    }
    last &= merged.len() as i64 <= BATCH;
    Ok((merged.into_values().take(BATCH as usize).collect(), last))
}

/// Queues whatever notices, reminders and announcements are due at `now`.
pub async fn tick(
    store: &Store,
    i18n: &I18n,
    kb: &KnowledgeBase,
    now: i64,
) -> Result<Report, StoreError> {
    let mut report = Report::default();
    let mut budget = BATCHES_PER_TICK;
    for b in &kb.bulletins {
        if let Some(period) = b.due(now) {
            let audiences = audiences(b, kb);
            let render = |lang| render_bulletin(i18n, b, &period, lang);
            report.queued += sweep(store, &b.id, &period, &audiences, &mut budget, render).await?;
        }
        if let Some(e) = &b.event {
            let starts = e.starts.timestamp();
            if now >= starts - REMIND_BEFORE && now < starts {
                report.reminders += remind(store, i18n, b).await?;
            }
        }
    }
    for a in store.announcements_to_send().await? {
        let id = format!("ann-{}", a.id);
        let audiences = announcement_audiences(&a, kb);
        let render = |lang| render_announcement(i18n, kb, &a, lang);
        let before = budget;
        report.queued +=
            sweep(store, &id, &Period::once(), &audiences, &mut budget, render).await?;
        let finished = store
            .broadcast_progress(&id, Period::once().as_str())
            .await?
            .is_some_and(|(_, done)| done);
        if finished {
            store.announcement_sent(a.id).await?;
        }
        if before == 0 {
            break;
        }
    }
    Ok(report)
}

/// Queues batches of one broadcast while the tick's budget lasts; how many rows were new.
async fn sweep(
    store: &Store,
    notice: &str,
    period: &Period,
    audiences: &[Audience],
    budget: &mut usize,
    render: impl Fn(Lang) -> (String, Option<String>),
) -> Result<usize, StoreError> {
    let mut cursor = match store.broadcast_progress(notice, period.as_str()).await? {
        Some((_, true)) => return Ok(0),
        Some((last, false)) => last,
        None => i64::MIN,
    };
    let mut rendered: HashMap<Lang, (String, Option<String>)> = HashMap::new();
    let mut queued = 0;
    while *budget > 0 {
        *budget -= 1;
        let (batch, last) = next_batch(store, audiences, notice, period.as_str(), cursor).await?;
        let rows: Vec<BroadcastRow> = batch
            .iter()
            .map(|s| {
                let lang = s.lang.unwrap_or(Lang::En);
                let (html, markup) = rendered.entry(lang).or_insert_with(|| render(lang)).clone();
                BroadcastRow {
                    key: IdempotencyKey::notice(notice, period.as_str(), s.id),
                    chat: s.id,
                    html,
                    markup,
                    notice: notice.to_string(),
                }
            })
            .collect();
        cursor = batch.last().map_or(cursor, |s| s.id.0);
        queued += store
            .queue_broadcast_batch(notice, period.as_str(), &rows, cursor, last)
            .await?;
        if last {
            tracing::info!(notice, period = period.as_str(), "broadcast queued in full");
            break;
        }
    }
    Ok(queued)
}

/// Queues the day-before reminders of an event (bounded per tick like a broadcast).
async fn remind(store: &Store, i18n: &I18n, b: &Bulletin) -> Result<usize, StoreError> {
    let mut queued = 0;
    for s in store.due_reminders(&b.id, BATCH).await? {
        let lang = s.lang.unwrap_or(Lang::En);
        let (title, _) = b.title_in(lang);
        let e = b
            .event
            .as_ref()
            .map_or((String::new(), ""), |e| (when(e.starts), e.place.as_str()));
        let text = i18n.message(
            lang,
            "notice-reminder",
            &args(&[("title", title), ("starts", &e.0), ("place", e.1)]),
        );
        let row = BroadcastRow {
            key: IdempotencyKey::event_reminder(&b.id, s.id),
            chat: s.id,
            html: escape_html(&text),
            markup: None,
            notice: b.id.clone(),
        };
        store.queue_reminder(&row).await?;
        store.reminder_queued(s.id, &b.id).await?;
        queued += 1;
    }
    Ok(queued)
}

/// "2026-12-15 10:00 (+05:30)": the time as the notice gives it.
pub fn when(t: DateTime<FixedOffset>) -> String {
    t.format("%Y-%m-%d %H:%M (%:z)").to_string()
}

/// The Fluent message naming a kind of notice.
fn kind_message(kind: BulletinKind) -> &'static str {
    match kind {
        BulletinKind::PolicyChange => "notice-kind-policy-change",
        BulletinKind::Deadline => "notice-kind-deadline",
        BulletinKind::Event => "notice-kind-event",
        BulletinKind::Outreach => "notice-kind-outreach",
    }
}

/// A notice as a subscriber sees it, in `lang` (English with a note where it lacks `lang`),
/// with its buttons: HTML and the stored keyboard.
pub fn render_bulletin(
    i18n: &I18n,
    b: &Bulletin,
    period: &Period,
    lang: Lang,
) -> (String, Option<String>) {
    let html = bulletin_html(i18n, b, lang);
    let mut buttons = Vec::new();
    if b.event.is_some() {
        let label = i18n.get(lang, "notice-button-remind");
        buttons.push(button(label, Callback::NoticeRemind(b.id.clone())));
    }
    if b.every_year.is_some() {
        let data = Callback::NoticeDone {
            notice: b.id.clone(),
            period: period.as_str().to_string(),
        };
        buttons.push(button(i18n.get(lang, "notice-button-done"), data));
    }
    buttons.push(button(
        i18n.get(lang, "notice-button-ask"),
        Callback::NoticeAsk(b.id.clone()),
    ));
    let keyboard = Keyboard::new().row(buttons.into_iter().filter(|b| b.data.fits()));
    (html, (!keyboard.is_empty()).then(|| keyboard.to_stored()))
}

/// The text of a notice in `lang`, as HTML (every part escaped).
pub fn bulletin_html(i18n: &I18n, b: &Bulletin, lang: Lang) -> String {
    let (title, fell_back) = b.title_in(lang);
    let (summary, summary_fell_back) = b.summary_in(lang);
    let mut html = format!(
        "📢 <i>{}</i>\n<b>{}</b>\n{}",
        escape_html(&i18n.get(lang, kind_message(b.kind))),
        escape_html(title),
        escape_html(summary)
    );
    if let Some(e) = &b.event {
        let line = i18n.message(
            lang,
            "notice-event-line",
            &args(&[
                ("starts", &when(e.starts)),
                ("place", &e.place),
                ("organiser", &e.organiser),
            ]),
        );
        html.push_str(&format!("\n\n{}", escape_html(&line)));
    }
    html.push_str(&format!("\n\n<i>{}</i>", escape_html(&b.source.cite)));
    if let Some(url) = &b.source.url {
        html.push_str(&format!("\n{}", escape_html(url)));
    }
    if fell_back || summary_fell_back {
        html.push_str(&format!(
            "\n\n<i>{}</i>",
            escape_html(&i18n.get(lang, "notice-in-english"))
        ));
    }
    html
}

/// An officer's announcement as a subscriber sees it.
pub fn render_announcement(
    i18n: &I18n,
    kb: &KnowledgeBase,
    a: &Announcement,
    lang: Lang,
) -> (String, Option<String>) {
    (announcement_html(i18n, kb, a, lang), None)
}

/// The text of an announcement in `lang` (or English with a note), as HTML.
pub fn announcement_html(i18n: &I18n, kb: &KnowledgeBase, a: &Announcement, lang: Lang) -> String {
    let own = a.texts.get(lang.code());
    let text = own.or_else(|| a.texts.get("en")).map_or("", String::as_str);
    let desk = match a.scope.as_str() {
        "district" => kb
            .district_by_key(&a.value)
            .map_or_else(|| a.value.clone(), |d| d.name_in(lang)),
        "state" => crate::knowledge::title_case(&a.value),
        _ => i18n.get(lang, "officer-all-india"),
    };
    let heading = i18n.message(lang, "announce-heading", &args(&[("desk", &desk)]));
    let mut html = format!("📣 <b>{}</b>\n{}", escape_html(&heading), escape_html(text));
    if own.is_none() && lang != Lang::En {
        html.push_str(&format!(
            "\n\n<i>{}</i>",
            escape_html(&i18n.get(lang, "notice-in-english"))
        ));
    }
    html
}

/// Runs [`tick`] every two seconds with the real clock and the knowledge base of the
/// moment (a reload brings new notices in), until the task is dropped.
pub async fn run(store: Store, answerer: std::sync::Arc<crate::answer::Answerer>) {
    loop {
        let engine = answerer.engine();
        match tick(&store, &answerer.i18n, &engine.kb, crate::store::now()).await {
            Ok(r) if r.queued + r.reminders > 0 => {
                tracing::info!(queued = r.queued, reminders = r.reminders, "notices queued");
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "notice broadcast failed"),
        }
        drop(engine);
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    }
}
