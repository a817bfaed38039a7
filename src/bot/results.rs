//! Results sent from buttons: an answer with its buttons ([`send_answer`], also the reply to
//! a question), a middle-band offer picked, "More", "See also" / "Did you mean". Each tap is
//! answered in the language of the message its button was under. A button whose result a
//! reload removed gets a message saying so.

use std::sync::Arc;

use teloxide::types::CallbackQuery;

use super::asker::Asker;
use super::buttons;
use super::out::Out;
use super::{Context, HandlerResult};
use crate::answer::Answer;
use crate::lang::Lang;
use crate::store::QuestionId;
use crate::telegram::{Target, Telegram, escape_html};

/// Sends an answer's first message with its buttons (see [`buttons::keyboard`]); "Did you
/// mean" results are announced by a last line.
pub async fn send_answer<B: Telegram>(
    out: &Out<'_, B>,
    answer: &Answer,
    question: Option<QuestionId>,
) -> HandlerResult {
    let i18n = out.ctx.i18n();
    let engine = out.ctx.answerer.engine();
    let mut html = answer.reply.html();
    if !buttons::did_you_mean(answer).is_empty() {
        let line = i18n.get(answer.lang, "did-you-mean");
        html.push_str(&format!("\n\n<i>{}</i>", escape_html(&line)));
    }
    let keyboard = buttons::keyboard(i18n, &engine.kb, answer, question);
    if keyboard.is_empty() {
        out.html(&html).await
    } else {
        out.html_with(&html, &keyboard).await
    }
}

/// The result a button names, answered in full, if the knowledge base still holds it.
fn opened(ctx: &Context, lang: Lang, target: &Target) -> Option<Answer> {
    let engine = ctx.answerer.engine();
    let id = buttons::id_of(&engine.kb, target)?;
    ctx.answerer.open_result(&id, lang)
}

/// A result button whose result is gone (a reload removed or renamed it): the spinner stops
/// and a message says why nothing else came.
async fn gone<B: Telegram>(out: &Out<'_, B>, q: &CallbackQuery) -> HandlerResult {
    out.ack(q, None).await;
    out.say("button-gone").await
}

/// "I think you mean ...": the picked result, answered, with the question's 👍 / 👎 and
/// "Talk to an officer" when the question is the presser's.
pub async fn picked<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    (question, lang, target): (QuestionId, Lang, Target),
) -> HandlerResult {
    let asker = Asker { lang, ..asker };
    let out = Out::new(&bot, &ctx, &asker);
    let Some(answer) = opened(&ctx, lang, &target) else {
        return gone(&out, &q).await;
    };
    let row = ctx.store.question(question).await?;
    let own = row.filter(|r| r.telegram_id == asker.id).map(|r| r.id);
    if let (Some(question), Some(id)) = (own, &answer.id) {
        // There is no column for the choice: the log and the reply record it.
        tracing::info!(%question, chosen = %id, "middle-band offer picked");
    }
    out.ack(&q, None).await;
    send_answer(&out, &answer, own).await
}

/// "More": the rest of a result, split into messages that fit.
pub async fn more<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    (lang, target): (Lang, Target),
) -> HandlerResult {
    let asker = Asker { lang, ..asker };
    let out = Out::new(&bot, &ctx, &asker);
    let Some(more) = opened(&ctx, lang, &target).and_then(|a| a.more) else {
        return gone(&out, &q).await;
    };
    out.ack(&q, None).await;
    out.html(&more.html()).await
}

/// "See also" or "Did you mean": that result, answered with its own buttons.
pub async fn open<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    (lang, target): (Lang, Target),
) -> HandlerResult {
    let asker = Asker { lang, ..asker };
    let out = Out::new(&bot, &ctx, &asker);
    let Some(answer) = opened(&ctx, lang, &target) else {
        return gone(&out, &q).await;
    };
    out.ack(&q, None).await;
    send_answer(&out, &answer, None).await
}
