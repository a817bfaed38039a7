//! Subscriptions and notices, the user's side: /subscribe (my district, a state, products or
//! HS chapters typed by name in any language or as a code, topics), /subscriptions with
//! remove buttons, /unsubscribe and "STOP", /notices, and the buttons under a notice
//! ("Remind me the day before", "Done", "Ask about this").

use std::sync::Arc;

use teloxide::types::CallbackQuery;

use super::asker::Asker;
use super::gate::Text;
use super::out::Out;
use super::{Context, HandlerResult};
use crate::escalation::broadcast::bulletin_html;
use crate::knowledge::KnowledgeBase;
use crate::knowledge::notice::{Bulletin, Topic};
use crate::lang::Lang;
use crate::store::{DialogueState, Subscription, SubscriptionKind};
use crate::telegram::keyboard::button;
use crate::telegram::{Callback, Keyboard, Telegram, escape_html};

/// Current notices /notices shows at most.
const MAX_SHOWN: usize = 5;

/// A subscription in words, in `lang`.
fn describe(
    kb: &KnowledgeBase,
    out: &Out<'_, impl Telegram>,
    kind: SubscriptionKind,
    value: &str,
) -> String {
    let lang = out.asker.lang;
    match kind {
        SubscriptionKind::District => kb
            .district_by_key(value)
            .map_or_else(|| value.to_string(), |d| d.name_in(lang)),
        SubscriptionKind::State => crate::knowledge::title_case(value),
        SubscriptionKind::Hs => {
            let code = crate::knowledge::HsCode::parse(value).ok();
            let line = code.as_ref().and_then(|c| kb.hs.get(c));
            match (code.as_ref(), line) {
                (Some(c), Some(l)) => format!("HS {} {}", c.pretty(), l.display),
                _ => format!("HS {value}"),
            }
        }
        SubscriptionKind::Topic => out.text(&format!("topic-{value}")),
    }
}

/// "Send me updates for my district": the button that ends onboarding.
pub fn district_button(i18n: &crate::i18n::I18n, lang: Lang) -> Keyboard {
    Keyboard::new().row([button(
        i18n.get(lang, "subscribe-button-district"),
        Callback::SubscribeDistrict,
    )])
}

/// `/subscribe`: the menu.
pub async fn menu<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let mut keyboard = Keyboard::new()
        .row([button(
            out.text("subscribe-button-district"),
            Callback::SubscribeDistrict,
        )])
        .row([
            button(out.text("subscribe-option-state"), Callback::SubscribeState),
            button(
                out.text("subscribe-option-product"),
                Callback::SubscribeProduct,
            ),
        ]);
    let topics: Vec<_> = Topic::ALL
        .iter()
        .map(|t| {
            let label = out.text(&format!("topic-{}", t.as_str()));
            button(label, Callback::SubscribeTopic(t.as_str().to_string()))
        })
        .collect();
    for pair in topics.chunks(2) {
        keyboard = keyboard.row(pair.to_vec());
    }
    out.ask("subscribe-menu", &keyboard).await
}

/// Subscribes and says so (or that it was already there).
async fn subscribe<B: Telegram>(
    out: &Out<'_, B>,
    kind: SubscriptionKind,
    value: &str,
) -> HandlerResult {
    let engine = out.ctx.answerer.engine();
    let what = describe(&engine.kb, out, kind, value);
    let new = out.ctx.store.subscribe(out.asker.id, kind, value).await?;
    let id = if new {
        "subscribe-done"
    } else {
        "subscribe-already"
    };
    out.say_with(id, &[("what", &what)]).await
}

/// "Send me updates for my district".
pub async fn district_pressed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    out.ack(&q, None).await;
    let Some(key) = asker.district.clone() else {
        ctx.store
            .set_state(asker.id, DialogueState::AwaitingDistrict)
            .await?;
        return out.say("subscribe-need-district").await;
    };
    subscribe(&out, SubscriptionKind::District, &key).await
}

/// "A state" or "Products or HS chapters": the next text names it.
pub async fn prompt_pressed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    data: Callback,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    out.ack(&q, None).await;
    let (state, prompt) = match data {
        Callback::SubscribeState => (
            DialogueState::AwaitingSubscriptionState,
            "subscribe-ask-state",
        ),
        _ => (
            DialogueState::AwaitingSubscriptionProduct,
            "subscribe-ask-product",
        ),
    };
    ctx.store.set_state(asker.id, state).await?;
    out.say(prompt).await
}

/// A topic button.
pub async fn topic_pressed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    code: String,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let Some(topic) = Topic::parse(&code) else {
        return out.stale(&q).await;
    };
    out.ack(&q, None).await;
    subscribe(&out, SubscriptionKind::Topic, topic.as_str()).await
}

/// A state typed after "A state".
pub async fn typed_state<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    text: Text,
) -> HandlerResult {
    ctx.store.set_state(asker.id, DialogueState::Idle).await?;
    let out = Out::new(&bot, &ctx, &asker);
    let engine = ctx.answerer.engine();
    let upper = text.0.trim().to_uppercase();
    if engine.kb.districts.iter().any(|d| d.state == upper) {
        return subscribe(&out, SubscriptionKind::State, &upper).await;
    }
    let query = crate::telegram::keyboard::shorten(&text.0, 60);
    out.say_with("subscribe-state-unknown", &[("query", &query)])
        .await
}

/// A product (any language) or HS code typed after "Products or HS chapters", resolved
/// through the glossary as answers are.
pub async fn typed_product<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    text: Text,
) -> HandlerResult {
    ctx.store.set_state(asker.id, DialogueState::Idle).await?;
    let out = Out::new(&bot, &ctx, &asker);
    let Some(found) = ctx.answerer.product_codes(&text.0, asker.lang) else {
        let query = crate::telegram::keyboard::shorten(&text.0, 60);
        return out
            .say_with("subscribe-product-unknown", &[("query", &query)])
            .await;
    };
    for code in &found.codes {
        ctx.store
            .subscribe(asker.id, SubscriptionKind::Hs, code.as_str())
            .await?;
    }
    let codes: Vec<String> = found.codes.iter().map(|c| c.pretty()).collect();
    let what = format!("{} (HS {})", found.name, codes.join(", "));
    out.say_with("subscribe-done", &[("what", &what)]).await
}

/// `/subscriptions`: each with a remove button.
pub async fn list<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let subs = ctx.store.subscriptions(asker.id).await?;
    if subs.is_empty() {
        return out.say("subscriptions-none").await;
    }
    let engine = ctx.answerer.engine();
    let paused = out.text("subscriptions-paused");
    let keyboard = Keyboard::column(subs.iter().map(|s: &Subscription| {
        let mut label = format!("✕ {}", describe(&engine.kb, &out, s.kind, &s.value));
        if s.paused {
            label = format!("{label} {paused}");
        }
        button(label, Callback::Unsubscribe { subscription: s.id })
    }));
    out.ask("subscriptions-heading", &keyboard).await
}

/// A remove button of /subscriptions.
pub async fn remove_pressed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    subscription: i64,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let subs = ctx.store.subscriptions(asker.id).await?;
    let Some(s) = subs.iter().find(|s| s.id == subscription) else {
        return out.stale(&q).await;
    };
    ctx.store.unsubscribe(asker.id, s.id).await?;
    out.ack(&q, None).await;
    let what = describe(&ctx.answerer.engine().kb, &out, s.kind, &s.value);
    out.say_with("subscribe-removed", &[("what", &what)]).await
}

/// `/unsubscribe` or "STOP": everything ends at once.
pub async fn stop<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let n = ctx.store.unsubscribe_all(asker.id).await?;
    out.say(if n > 0 {
        "unsubscribe-done"
    } else {
        "unsubscribe-none"
    })
    .await
}

/// Whether "STOP" (any case) is all the text says.
pub fn is_stop(text: Text) -> bool {
    text.0.trim().eq_ignore_ascii_case("stop")
}

/// Whether a notice is for a user with these subscriptions (and district).
fn for_user(
    b: &Bulletin,
    kb: &KnowledgeBase,
    subs: &[Subscription],
    district: Option<&str>,
) -> bool {
    let t = &b.targets;
    let state_of = |key: &str| kb.district_by_key(key).map(|d| d.state.clone());
    let mut districts: Vec<&str> = district.into_iter().collect();
    let mut states: Vec<String> = district.and_then(state_of).into_iter().collect();
    for s in subs {
        match s.kind {
            SubscriptionKind::District => {
                districts.push(&s.value);
                states.extend(state_of(&s.value));
            }
            SubscriptionKind::State => states.push(s.value.clone()),
            _ => {}
        }
    }
    let state_subs: Vec<&str> = subs
        .iter()
        .filter(|s| s.kind == SubscriptionKind::State)
        .map(|s| s.value.as_str())
        .collect();
    let hs = |v: &str| {
        t.hs.iter()
            .any(|h| h.as_str().starts_with(v) || v.starts_with(h.as_str()))
    };
    let district_hit = |d: &String| {
        districts.contains(&d.as_str())
            || state_of(d).is_some_and(|s| state_subs.contains(&s.as_str()))
    };
    t.all
        || t.districts.iter().any(district_hit)
        || t.states.iter().any(|s| states.contains(s))
        || subs.iter().any(|s| match s.kind {
            SubscriptionKind::Hs => hs(&s.value),
            SubscriptionKind::Topic => t.topics.iter().any(|x| x.as_str() == s.value),
            _ => false,
        })
}

/// `/notices`: the notices current now for the user's district and subscriptions.
pub async fn current<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let engine = ctx.answerer.engine();
    let kb = &engine.kb;
    let subs = ctx.store.subscriptions(asker.id).await?;
    let now = crate::store::now();
    let shown: Vec<&Bulletin> = kb
        .bulletins
        .iter()
        .filter(|b| b.current(now) && for_user(b, kb, &subs, asker.district.as_deref()))
        .take(MAX_SHOWN)
        .collect();
    if shown.is_empty() {
        return out.say("notices-none").await;
    }
    let i18n = ctx.answerer.i18n.as_ref();
    let mut html = escape_html(&out.text("notices-heading"));
    let mut done = Vec::new();
    for b in shown {
        html.push_str("\n\n");
        html.push_str(&bulletin_html(i18n, b, asker.lang));
        if let (Some(_), Some(period)) = (b.every_year, b.due(now)) {
            let label = format!(
                "{} · {}",
                out.text("notice-button-done"),
                b.title_in(asker.lang).0
            );
            let data = Callback::NoticeDone {
                notice: b.id.clone(),
                period: period.as_str().to_string(),
            };
            done.push(button(label, data));
        }
    }
    out.html_with(&html, &Keyboard::column(done)).await
}

/// "Remind me the day before" on an event.
pub async fn remind_pressed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    id: String,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let engine = ctx.answerer.engine();
    if engine
        .kb
        .bulletin(&id)
        .and_then(|b| b.event.as_ref())
        .is_none()
    {
        return out.stale(&q).await;
    }
    ctx.store.add_reminder(asker.id, &id).await?;
    out.ack(&q, Some("notice-reminder-set")).await;
    Ok(())
}

/// "Done" on a yearly deadline: not sent again this period.
pub async fn done_pressed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    (notice, period): (String, String),
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let engine = ctx.answerer.engine();
    if engine
        .kb
        .bulletin(&notice)
        .and_then(|b| b.every_year)
        .is_none()
    {
        return out.stale(&q).await;
    }
    ctx.store.mark_done(asker.id, &notice, &period).await?;
    out.ack(&q, Some("notice-done-marked")).await;
    Ok(())
}

/// "Ask about this": the notice's title asked as a question, answered as any question is
/// (with 👍 / 👎 and "Talk to an officer").
pub async fn ask_pressed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    id: String,
) -> HandlerResult {
    let engine = ctx.answerer.engine();
    let Some(b) = engine.kb.bulletin(&id) else {
        return Out::new(&bot, &ctx, &asker).stale(&q).await;
    };
    Out::new(&bot, &ctx, &asker).ack(&q, None).await;
    let question = b.title_in(asker.lang).0.to_string();
    drop(engine);
    super::questions::answer(bot, ctx, asker, question).await
}
