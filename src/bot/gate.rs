//! The steps every message passes before a handler: the group filter (in groups only
//! commands, mentions and replies to the bot), flood control, and the text itself with the
//! bot's @mention taken out.

use std::sync::Arc;

use teloxide::types::Message;

use super::Context;
use super::flood::Verdict;

/// The text of a message, trimmed, without "@bot".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(pub String);

/// Whether a message is from a person and, in a group, meant for the bot.
pub fn addressed(msg: Message, ctx: Arc<Context>) -> bool {
    let Some(from) = &msg.from else {
        return false;
    };
    if from.is_bot {
        return false;
    }
    if msg.chat.is_private() {
        return true;
    }
    let username = &ctx.username;
    let text = msg.text().unwrap_or_default();
    let mention = format!("@{}", username.to_lowercase());
    let reply_to_bot = msg
        .reply_to_message()
        .and_then(|r| r.from.as_ref())
        .is_some_and(|u| {
            u.is_bot
                && u.username
                    .as_deref()
                    .is_some_and(|n| n.eq_ignore_ascii_case(username))
        });
    text.starts_with('/') || text.to_lowercase().contains(&mention) || reply_to_bot
}

/// The flood verdict for the sender; `None` (the message is dropped) when still over the
/// limit after the notice.
pub fn flood(msg: Message, ctx: Arc<Context>) -> Option<Verdict> {
    let from = msg.from.as_ref()?;
    Some(ctx.flood.check(from.id.0 as i64)).filter(|v| *v != Verdict::Drop)
}

/// The message's text, if it has any.
pub fn text(msg: Message, ctx: Arc<Context>) -> Option<Text> {
    let mention = format!("@{}", ctx.username);
    Some(Text(msg.text()?.replace(&mention, "").trim().to_string()))
}

/// Whether the text is a command.
pub fn is_command(text: Text) -> bool {
    text.0.starts_with('/')
}
