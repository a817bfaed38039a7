//! The Telegram layer, under both the bot and escalation: what the helpdesk needs of a Bot API
//! client ([`Telegram`]), sending with retries and Telegram's refusals handled ([`send`]),
//! Telegram's HTML as text ([`html`]: escaping, plain text) and split at 4,096 UTF-16 units
//! ([`split`]), the data an inline button carries back ([`Callback`]), and keyboards built
//! from typed buttons ([`Keyboard`]). It knows nothing of tickets, users or Fluent. `html` and
//! `split` are pure text: the answer layer, below this one's transport, renders with them.

pub mod callback;
pub mod document;
pub mod html;
pub mod keyboard;
pub mod send;
pub mod split;

use teloxide::RequestError;
use teloxide::prelude::Requester;

pub use callback::{Callback, Target, district_check};
pub use keyboard::{Button, Keyboard};

pub use html::escape_html;

/// What the helpdesk needs of a Telegram client: a plain `Bot` in tests, `Throttle<Bot>` in
/// production. The requests it awaits must be `Send` so handlers can run on any thread.
pub trait Telegram:
    Requester<
        Err = RequestError,
        SendMessage: Send,
        SendDocument: Send,
        AnswerCallbackQuery: Send,
        SetMyCommands: Send,
    > + Clone
    + Send
    + Sync
    + 'static
{
}

impl<T> Telegram for T where
    T: Requester<
            Err = RequestError,
            SendMessage: Send,
            SendDocument: Send,
            AnswerCallbackQuery: Send,
            SetMyCommands: Send,
        > + Clone
        + Send
        + Sync
        + 'static
{
}
