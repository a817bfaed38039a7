//! Notices: what escalation tells a user or an officer, typed — recipient, Fluent message and
//! arguments, buttons as [`Callback`]s, the ticket it is about and an [`IdempotencyKey`].
//! [`Notice::queue`] renders it in the recipient's language and puts it in the outbox, which
//! sends it through the Telegram layer.

use crate::i18n::{I18n, args};
use crate::lang::Lang;
use crate::store::{IdempotencyKey, NewOutbox, Store, StoreError, TelegramId, TicketId};
use crate::telegram::keyboard::button;
use crate::telegram::{Callback, Keyboard, escape_html};

/// What a button of a notice says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label {
    /// A Fluent message, in the recipient's language.
    Message(&'static str),
    /// Text shown as it is ("1" … "5").
    Text(String),
}

/// A message to queue for one recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub to: TelegramId,
    pub key: IdempotencyKey,
    pub message: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// Text after the message, on a line of its own (the question of an escalated ticket).
    pub then: Option<String>,
    pub buttons: Vec<(Label, Callback)>,
    pub ticket: Option<TicketId>,
    /// The language to use instead of the recipient's stored one.
    pub lang: Option<Lang>,
}

impl Notice {
    pub fn new(to: TelegramId, key: IdempotencyKey, message: &'static str) -> Notice {
        Notice {
            to,
            key,
            message,
            args: Vec::new(),
            then: None,
            buttons: Vec::new(),
            ticket: None,
            lang: None,
        }
    }

    /// About a ticket: kept with the outbox row (replies to the message find the ticket), and
    /// its number as the `ticket` argument.
    pub fn about(mut self, ticket: TicketId) -> Notice {
        self.ticket = Some(ticket);
        self.arg("ticket", ticket)
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Notice {
        self.args.push((name, value.to_string()));
        self
    }

    pub fn then(mut self, text: impl Into<String>) -> Notice {
        self.then = Some(text.into());
        self
    }

    /// Adds a button (all of a notice's buttons go on one row).
    pub fn button(mut self, label: Label, data: Callback) -> Notice {
        self.buttons.push((label, data));
        self
    }

    pub fn in_language(mut self, lang: Lang) -> Notice {
        self.lang = Some(lang);
        self
    }

    /// The outbox row: the message in `lang`, escaped, and the buttons.
    pub fn render(&self, i18n: &I18n, lang: Lang) -> NewOutbox {
        let pairs: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let mut text = i18n.message(lang, self.message, &args(&pairs));
        if let Some(then) = &self.then {
            text.push('\n');
            text.push_str(then);
        }
        let keyboard = Keyboard::new().row(self.buttons.iter().map(|(label, data)| {
            let label = match label {
                Label::Message(id) => i18n.get(lang, id),
                Label::Text(t) => t.clone(),
            };
            button(label, data.clone())
        }));
        NewOutbox {
            key: self.key.clone(),
            chat: self.to,
            html: escape_html(&text),
            ticket: self.ticket,
            markup: (!keyboard.is_empty()).then(|| keyboard.to_stored()),
        }
    }

    /// Renders in the recipient's language (or the one set) and queues; whether it was new.
    pub async fn queue(self, store: &Store, i18n: &I18n) -> Result<bool, StoreError> {
        let lang = match self.lang {
            Some(l) => l,
            None => language_of(store, self.to).await?,
        };
        store.enqueue(&self.render(i18n, lang)).await
    }
}

/// The language a user or officer chose (English if none).
pub async fn language_of(store: &Store, id: TelegramId) -> Result<Lang, StoreError> {
    Ok(store
        .user(id)
        .await?
        .and_then(|u| u.language)
        .unwrap_or(Lang::En))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_renders_escaped_with_its_buttons_and_ticket() {
        let i18n =
            I18n::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")).unwrap();
        let t = TicketId(7);
        let n = Notice::new(
            TelegramId(5),
            IdempotencyKey::closed(t),
            "ticket-closed-user",
        )
        .about(t)
        .button(
            Label::Text("1".into()),
            Callback::Rate {
                ticket: t,
                stars: 1,
            },
        )
        .then("<b>bold?</b>");
        let row = n.render(&i18n, Lang::En);
        assert!(row.html.contains("#7"), "{}", row.html);
        assert!(
            row.html.ends_with("\n&lt;b&gt;bold?&lt;/b&gt;"),
            "{}",
            row.html
        );
        assert_eq!(row.ticket, Some(t));
        assert_eq!(row.key.as_str(), "ticket:7:closed");
        let markup: serde_json::Value =
            serde_json::from_str(row.markup.as_deref().unwrap()).unwrap();
        assert_eq!(markup["inline_keyboard"][0][0]["callback_data"], "r:7:1");
        let plain = Notice::new(
            TelegramId(5),
            IdempotencyKey::close_receipt(t),
            "officer-closed",
        );
        assert_eq!(plain.render(&i18n, Lang::En).markup, None);
    }
}
