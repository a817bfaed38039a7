//! Onboarding and the basics: /start with the language picker, a language chosen (or the
//! offer under an answer to keep the question's language), /help, /language, /cancel,
//! unknown commands and usage notes.

use std::sync::Arc;

use teloxide::types::CallbackQuery;

use super::asker::Asker;
use super::out::Out;
use super::{Context, HandlerResult};
use crate::lang::Lang;
use crate::store::DialogueState;
use crate::telegram::keyboard::button;
use crate::telegram::{Callback, Keyboard, Telegram, escape_html};

/// The 11 languages, each in its own script, three to a row.
fn languages() -> Keyboard {
    let buttons = Lang::ALL
        .iter()
        .map(|l| button(l.native_name(), Callback::Language(*l)))
        .collect();
    Keyboard::grid(buttons, 3)
}

pub async fn start<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    ctx.store.set_state(asker.id, DialogueState::Idle).await?;
    let out = Out::new(&bot, &ctx, &asker);
    let text = format!(
        "{}\n\n<i>{}</i>\n\n{}",
        escape_html(&out.text("start-greeting")),
        escape_html(&super::privacy::notice(&out)),
        escape_html(&out.text("start-pick-language"))
    );
    out.html_with(&text, &languages()).await
}

pub async fn language<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let text = escape_html(&out.text("start-pick-language"));
    out.html_with(&text, &languages()).await
}

/// A language button: from now on replies are in it; a user without a district is asked.
pub async fn language_chosen<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    lang: Lang,
) -> HandlerResult {
    ctx.store.set_language(asker.id, lang).await?;
    let asker = Asker { lang, ..asker };
    let out = Out::new(&bot, &ctx, &asker);
    out.ack(&q, None).await;
    let mut text = escape_html(&out.text("language-set"));
    if asker.district.is_some() {
        return out.html(&text).await;
    }
    ctx.store
        .set_state(asker.id, DialogueState::AwaitingDistrict)
        .await?;
    text.push_str("\n\n");
    text.push_str(&escape_html(&out.text("start-pick-district")));
    out.html_with(&text, &super::district::skip(&out)).await
}

/// "Answer me in <language> from now on", offered under a reply whose language the
/// question's script chose: sets the language and says so in it.
pub async fn reply_in<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    lang: Lang,
) -> HandlerResult {
    ctx.store.set_language(asker.id, lang).await?;
    let asker = Asker { lang, ..asker };
    let out = Out::new(&bot, &ctx, &asker);
    out.ack(&q, None).await;
    out.say_with("button-language-kept", &[("language", lang.native_name())])
        .await
}

pub async fn help<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    Out::new(&bot, &ctx, &asker).say("help").await
}

/// A command sent without the arguments it needs.
pub async fn usage<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    message: &'static str,
) -> HandlerResult {
    Out::new(&bot, &ctx, &asker).say(message).await
}

pub async fn unknown<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let text = format!(
        "{}\n\n{}",
        escape_html(&out.text("unknown-command")),
        escape_html(&out.text("help"))
    );
    out.html(&text).await
}

/// Ends a pending step (a district prompt).
pub async fn cancel<B: Telegram>(bot: B, ctx: Arc<Context>, asker: Asker) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    if asker.state == DialogueState::Idle {
        return out.say("nothing-to-cancel").await;
    }
    ctx.store.set_state(asker.id, DialogueState::Idle).await?;
    out.say("cancelled").await
}
