//! Answering the asker: Fluent messages in their language, escaped, sent through the
//! Telegram layer. Every handler replies through [`Out`]; refusals and stale buttons have one
//! helper each.

use teloxide::types::CallbackQuery;

use super::asker::Asker;
use super::{Context, HandlerResult};
use crate::escalation::Refusal;
use crate::i18n::args;
use crate::store::TicketId;
use crate::telegram::send::SendError;
use crate::telegram::{Keyboard, Telegram, escape_html, send};

/// The bot, the context and the asker of one update.
pub struct Out<'a, B> {
    pub bot: &'a B,
    pub ctx: &'a Context,
    pub asker: &'a Asker,
}

impl<'a, B: Telegram> Out<'a, B> {
    pub fn new(bot: &'a B, ctx: &'a Context, asker: &'a Asker) -> Self {
        Out { bot, ctx, asker }
    }

    /// The Fluent message `id` in the asker's language (not escaped).
    pub fn text(&self, id: &str) -> String {
        self.ctx.i18n().get(self.asker.lang, id)
    }

    /// The Fluent message `id` with arguments (not escaped).
    pub fn text_with(&self, id: &str, pairs: &[(&str, &str)]) -> String {
        self.ctx.i18n().message(self.asker.lang, id, &args(pairs))
    }

    /// Sends the message `id`.
    pub async fn say(&self, id: &str) -> HandlerResult {
        self.html(&escape_html(&self.text(id))).await
    }

    /// Sends the message `id` with arguments.
    pub async fn say_with(&self, id: &str, pairs: &[(&str, &str)]) -> HandlerResult {
        self.html(&escape_html(&self.text_with(id, pairs))).await
    }

    /// Sends the message `id` with a keyboard (a question with buttons to answer it).
    pub async fn ask(&self, id: &str, keyboard: &Keyboard) -> HandlerResult {
        self.html_with(&escape_html(&self.text(id)), keyboard).await
    }

    /// Sends HTML (already escaped where it holds user text).
    pub async fn html(&self, html: &str) -> HandlerResult {
        self.once(send::html(self.bot, self.asker.chat, html)).await
    }

    /// Sends HTML with a keyboard.
    pub async fn html_with(&self, html: &str, keyboard: &Keyboard) -> HandlerResult {
        self.once(send::html_with(self.bot, self.asker.chat, html, keyboard))
            .await
    }

    /// Sends the next message of this update's handling, unless an earlier handling (cut
    /// short by a crash) sent it already; records that it was sent. A user who blocked the
    /// bot is marked inactive (not an error of the handler: nothing more can reach them
    /// until they write again).
    async fn once(&self, sending: impl Future<Output = Result<(), SendError>>) -> HandlerResult {
        let delivery = &self.asker.delivery;
        let (n, sent_before) = delivery.next_message();
        if sent_before {
            tracing::info!(
                update = delivery.update_id(),
                message = n,
                "sent before a restart; not sent again"
            );
            return Ok(());
        }
        match sending.await {
            Err(SendError::Unreachable(e)) => {
                tracing::info!(error = %e, "the asker cannot be reached; marked inactive");
                if self.asker.in_private() {
                    self.ctx.store.mark_inactive(self.asker.id).await?;
                }
            }
            other => other?,
        }
        self.ctx
            .store
            .update_replied(delivery.update_id(), n)
            .await?;
        Ok(())
    }

    /// Tells an officer (or someone who is not one) why an action on `ticket` was refused.
    pub async fn refuse(&self, refusal: Refusal, ticket: TicketId) -> HandlerResult {
        self.say_with(refusal.message_id(), &[("ticket", &ticket.to_string())])
            .await
    }

    /// Stops a button's spinner, with an optional short notice.
    pub async fn ack(&self, q: &CallbackQuery, notice: Option<&str>) {
        send::answer_callback(self.bot, &q.id, notice.map(|id| self.text(id))).await;
    }

    /// A button from before a reload, of another user, or forged: a polite notice, nothing
    /// else.
    pub async fn stale(&self, q: &CallbackQuery) -> HandlerResult {
        self.ack(q, Some("stale-button")).await;
        Ok(())
    }
}
