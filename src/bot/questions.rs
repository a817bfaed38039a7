//! Questions: the answer `export-helpdesk ask` gives, logged, with 👍 / 👎, "Did you mean"
//! and "Talk to an officer" buttons; /hs; and what 👍 / 👎 do.

use std::sync::Arc;

use teloxide::types::CallbackQuery;

use super::asker::Asker;
use super::gate::Text;
use super::out::Out;
use super::{Context, HandlerResult};
use crate::answer::Answer;
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::store::QuestionId;
use crate::telegram::keyboard::button;
use crate::telegram::{Callback, Keyboard, Telegram, escape_html};

/// Text that is nothing else: a question.
pub async fn asked<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    text: Text,
) -> HandlerResult {
    answer(bot, ctx, asker, text.0).await
}

/// `/hs <code or product>`.
pub async fn hs<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    query: String,
) -> HandlerResult {
    answer(bot, ctx, asker, format!("hs {query}")).await
}

pub(super) async fn answer<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    text: String,
) -> HandlerResult {
    let lang = asker.lang;
    let answer = ctx.answerer.ask(&text, lang);
    let top = answer.results.first().map(|r| r.id.as_str());
    let stored: String = text.chars().take(4096).collect();
    let question = ctx
        .store
        .log_question(
            asker.id,
            lang,
            &stored,
            answer.answered,
            answer.confidence,
            top,
        )
        .await?;
    let i18n = ctx.i18n();
    let mut html = answer.reply.html();
    let suggestions = suggestions(&answer);
    if answer.answered && !suggestions.is_empty() {
        html.push_str(&format!(
            "\n\n<i>{}</i>",
            escape_html(&i18n.get(lang, "did-you-mean"))
        ));
    }
    let keyboard = buttons(i18n, lang, &answer, question, suggestions);
    Out::new(&bot, &ctx, &asker)
        .html_with(&html, &keyboard)
        .await
}

/// "Did you mean" buttons whose data fits Telegram's limit.
fn suggestions(answer: &Answer) -> Vec<(Callback, &str)> {
    answer
        .suggestions
        .iter()
        .map(|(id, title)| (Callback::Show(id.clone()), title.as_str()))
        .filter(|(c, _)| c.fits())
        .collect()
}

fn buttons(
    i18n: &I18n,
    lang: Lang,
    answer: &Answer,
    question: QuestionId,
    suggestions: Vec<(Callback, &str)>,
) -> Keyboard {
    let mut keyboard = Keyboard::new();
    if answer.answered {
        keyboard = keyboard.row([
            button(
                i18n.get(lang, "button-helpful"),
                Callback::Feedback {
                    question,
                    helpful: true,
                },
            ),
            button(
                i18n.get(lang, "button-not-helpful"),
                Callback::Feedback {
                    question,
                    helpful: false,
                },
            ),
        ]);
        for (data, title) in suggestions {
            keyboard = keyboard.row([button(title, data)]);
        }
    }
    keyboard.row([button(
        i18n.get(lang, "button-officer"),
        Callback::Officer { question },
    )])
}

/// 👍 (thanks) or 👎 (the offer of an officer) on a question of the presser's.
pub async fn feedback<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
    (question, helpful): (QuestionId, bool),
) -> HandlerResult {
    let out = Out::new(&bot, &ctx, &asker);
    let row = ctx.store.question(question).await?;
    let Some(row) = row.filter(|r| r.telegram_id == asker.id) else {
        return out.stale(&q).await;
    };
    ctx.store.feedback(row.id, asker.id, helpful).await?;
    if helpful {
        out.ack(&q, Some("feedback-thanks")).await;
        return Ok(());
    }
    out.ack(&q, None).await;
    let keyboard = Keyboard::new().row([
        button(
            out.text("button-officer"),
            Callback::Officer { question: row.id },
        ),
        button(out.text("button-no"), Callback::Dismiss),
    ]);
    out.ask("feedback-sorry", &keyboard).await
}

/// "No": the spinner stops, nothing else.
pub async fn dismiss<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
) -> HandlerResult {
    Out::new(&bot, &ctx, &asker).ack(&q, None).await;
    Ok(())
}
