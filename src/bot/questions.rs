//! Questions: the answer `export-helpdesk ask` gives, logged, with its buttons (see
//! [`super::buttons`]: 👍 / 👎, "More", "See also", "Did you mean", the middle band's offers,
//! "Talk to an officer", the language offer); /hs; and what 👍 / 👎 do.

use std::sync::Arc;

use teloxide::types::CallbackQuery;

use super::asker::Asker;
use super::gate::Text;
use super::out::Out;
use super::{Context, HandlerResult, results};
use crate::store::QuestionId;
use crate::telegram::keyboard::button;
use crate::telegram::{Callback, Keyboard, Telegram};

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

/// Answers `text` as a question: logged, with its buttons.
pub(super) async fn answer<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    text: String,
) -> HandlerResult {
    let lang = asker.lang;
    let answer = ctx.answerer.ask(&text, lang);
    // User text only at debug, and masked (never at info: see `telemetry`).
    tracing::debug!(
        question = %crate::text::mask::personal(&text),
        %lang,
        answered = answer.answered,
        "question"
    );
    let top = answer.results.first().map(|r| r.id.as_str());
    let stored: String = text.chars().take(4096).collect();
    let question = ctx
        .store
        .log_question_of(
            Some(asker.delivery.update_id()),
            asker.id,
            asker.lang,
            &stored,
            answer.answered,
            answer.confidence,
            top,
        )
        .await?;
    let out = Out::new(&bot, &ctx, &asker);
    results::send_answer(&out, &answer, Some(question)).await
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
