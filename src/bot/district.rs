//! The user's district: /district shows its card, a name or PIN code sets it (confirmed with
//! a button when unsure), and the confirmation button. While a district is awaited, text that
//! is not plausibly one is answered as a question and the district asked once more, with a
//! Skip button; onboarding never traps a user who came with a question.

use std::sync::Arc;

use teloxide::types::CallbackQuery;

use super::asker::Asker;
use super::gate::Text;
use super::out::Out;
use super::questions;
use super::{Context, HandlerResult};
use crate::knowledge::places::DistrictMatch;
use crate::knowledge::{District, KnowledgeBase};
use crate::store::DialogueState;
use crate::telegram::keyboard::{button, shorten};
use crate::telegram::{Callback, Keyboard, Telegram, district_check, escape_html};

/// `/district` alone: the district's card, or a prompt for one.
pub async fn show<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let Some(key) = &asker.district else {
        ctx.store
            .set_state(asker.id, DialogueState::AwaitingDistrict)
            .await?;
        return out.say("start-pick-district").await;
    };
    match ctx.answerer.show(&format!("district:{key}"), asker.lang) {
        Some(card) => out.html(&card.html()).await,
        None => out.say("district-none").await,
    }
}

/// Text while a district is awaited: a district when it plausibly is one, else a question,
/// answered as any other; after the first such question the district is asked once more.
pub async fn typed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    text: Text,
) -> HandlerResult {
    let place = ctx.answerer.engine().kb.find_place(&text.0);
    if place != DistrictMatch::None {
        return set(bot, ctx, asker, text.0).await;
    }
    questions::answer(bot.clone(), ctx.clone(), asker.clone(), text.0).await?;
    let out = Out::new(&bot, &ctx, &asker);
    if asker.state == DialogueState::AwaitingDistrict {
        ctx.store
            .set_state(asker.id, DialogueState::AwaitingDistrictAgain)
            .await?;
        out.ask("district-ask-again", &skip(&out)).await
    } else {
        ctx.store.set_state(asker.id, DialogueState::Idle).await?;
        Ok(())
    }
}

/// The Skip button under a district prompt.
pub fn skip<B: Telegram>(out: &Out<'_, B>) -> Keyboard {
    Keyboard::new().row([button(
        out.text("button-skip-district"),
        Callback::SkipDistrict,
    )])
}

/// "Skip": the bot stops asking; /district sets it any time.
pub async fn skipped<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    if !asker.state.awaits_district() {
        return out.stale(&q).await;
    }
    ctx.store.set_state(asker.id, DialogueState::Idle).await?;
    out.ack(&q, None).await;
    out.say("district-skipped").await
}

/// A district name or PIN code (after /district, or when asked for one).
pub async fn set<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    text: String,
) -> HandlerResult {
    let engine = ctx.answerer.engine();
    let kb = &engine.kb;
    let out = Out::new(&bot, &ctx, &asker);
    let list = match kb.find_district(&text) {
        DistrictMatch::Exact(i) => return chosen(&out, &kb.districts[i]).await,
        DistrictMatch::Candidates(list) => list,
        DistrictMatch::None => Vec::new(),
    };
    if !asker.state.awaits_district() {
        ctx.store
            .set_state(asker.id, DialogueState::AwaitingDistrict)
            .await?;
    }
    match list.as_slice() {
        [] => {
            out.say_with("district-not-found", &[("query", &shorten(&text, 60))])
                .await
        }
        [one] => {
            let d = &kb.districts[*one];
            let (name, state) = (d.name_in(asker.lang), d.display_state());
            let prompt = out.text_with(
                "district-confirm",
                &[("district", &name), ("state", &state)],
            );
            out.html_with(&escape_html(&prompt), &candidates(kb, &list, &out))
                .await
        }
        _ => {
            let prompt = escape_html(&out.text("district-choose"));
            out.html_with(&prompt, &candidates(kb, &list, &out)).await
        }
    }
}

/// One button per candidate district: "Name (State)".
fn candidates<B: Telegram>(kb: &KnowledgeBase, list: &[usize], out: &Out<'_, B>) -> Keyboard {
    Keyboard::column(list.iter().map(|&i| {
        let d = &kb.districts[i];
        let label = format!("{} ({})", d.name_in(out.asker.lang), d.display_state());
        let data = Callback::District {
            index: i,
            check: district_check(&d.key()),
        };
        button(label, data)
    }))
}

/// Sets the district and says so, with the one button that ends onboarding: "Send me
/// updates for my district".
async fn chosen<B: Telegram>(out: &Out<'_, B>, d: &District) -> HandlerResult {
    out.ctx.store.set_district(out.asker.id, &d.key()).await?;
    let name = d.name_in(out.asker.lang);
    let text = out.text_with(
        "district-set",
        &[("district", &name), ("state", &d.display_state())],
    );
    let keyboard = super::subscriptions::district_button(out.ctx.i18n(), out.asker.lang);
    out.html_with(&escape_html(&text), &keyboard).await
}

/// A district button: checked against the knowledge base of now (a reload may have moved it).
pub async fn pressed<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    (index, check): (usize, u16),
) -> HandlerResult {
    let engine = ctx.answerer.engine();
    let out = Out::new(&bot, &ctx, &asker);
    let district = engine.kb.districts.get(index);
    match district.filter(|d| district_check(&d.key()) == check) {
        Some(d) => {
            out.ack(&q, None).await;
            chosen(&out, d).await
        }
        None => out.stale(&q).await,
    }
}
