//! The Telegram layer, under both the bot and escalation: what the helpdesk needs of a Bot API
//! client ([`Telegram`]), sending with retries and splitting at 4,096 characters ([`send`]),
//! the data an inline button carries back ([`Callback`]), and keyboards built from typed
//! buttons ([`Keyboard`]). It knows nothing of tickets, users or Fluent.

pub mod callback;
pub mod keyboard;
pub mod send;

use teloxide::RequestError;
use teloxide::prelude::Requester;

pub use callback::{Callback, Target, district_check};
pub use keyboard::{Button, Keyboard};

/// HTML escaping for Telegram's parser (defined beside `Reply::html`, which renders answers).
pub use crate::answer::reply::escape_html;

/// What the helpdesk needs of a Telegram client: a plain `Bot` in tests, `Throttle<Bot>` in
/// production. The requests it awaits must be `Send` so handlers can run on any thread.
pub trait Telegram:
    Requester<Err = RequestError, SendMessage: Send, AnswerCallbackQuery: Send, SetMyCommands: Send>
    + Clone
    + Send
    + Sync
    + 'static
{
}

impl<T> Telegram for T where
    T: Requester<
            Err = RequestError,
            SendMessage: Send,
            AnswerCallbackQuery: Send,
            SetMyCommands: Send,
        > + Clone
        + Send
        + Sync
        + 'static
{
}
