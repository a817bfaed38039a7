//! Inline keyboards built from typed buttons: a label and a [`Callback`], never hand-written
//! button data. The outbox keeps a keyboard as Bot API JSON ([`Keyboard::to_stored`]) and
//! reads it back with [`stored_markup`].

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::Callback;

/// Telegram shows about this many characters of a button's label.
pub const MAX_LABEL: usize = 60;

/// One button: what it says and what pressing it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub data: Callback,
}

/// A button, its label shortened to [`MAX_LABEL`] characters.
pub fn button(label: impl AsRef<str>, data: Callback) -> Button {
    Button {
        label: shorten(label.as_ref(), MAX_LABEL),
        data,
    }
}

/// A button, or none when its data would not fit Telegram's 64 bytes (a result whose id is too
/// long to carry): a missing button, never a message Telegram refuses.
pub fn fitting(label: impl AsRef<str>, data: Callback) -> Option<Button> {
    data.fits().then(|| button(label, data))
}

/// Rows of buttons.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keyboard {
    rows: Vec<Vec<Button>>,
}

impl Keyboard {
    pub fn new() -> Keyboard {
        Keyboard::default()
    }

    /// Adds a row; a row with no buttons is left out.
    pub fn row(mut self, buttons: impl IntoIterator<Item = Button>) -> Keyboard {
        let row: Vec<Button> = buttons.into_iter().collect();
        if !row.is_empty() {
            self.rows.push(row);
        }
        self
    }

    /// Every button, row by row.
    pub fn buttons(&self) -> impl Iterator<Item = &Button> {
        self.rows.iter().flatten()
    }

    /// One button per row.
    pub fn column(buttons: impl IntoIterator<Item = Button>) -> Keyboard {
        Keyboard {
            rows: buttons.into_iter().map(|b| vec![b]).collect(),
        }
    }

    /// `per_row` buttons to a row.
    pub fn grid(buttons: Vec<Button>, per_row: usize) -> Keyboard {
        Keyboard {
            rows: buttons.chunks(per_row.max(1)).map(<[_]>::to_vec).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.rows.iter().all(Vec::is_empty)
    }

    /// The Bot API form.
    pub fn markup(&self) -> InlineKeyboardMarkup {
        InlineKeyboardMarkup::new(self.rows.iter().map(|row| {
            row.iter()
                .map(|b| InlineKeyboardButton::callback(b.label.clone(), b.data.encode()))
                .collect::<Vec<_>>()
        }))
    }

    /// The Bot API JSON of [`Keyboard::markup`], as the outbox stores it.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(&self.markup()).expect("a keyboard serialises")
    }
}

/// A keyboard the outbox stored with [`Keyboard::to_stored`]; `None` if it does not parse.
pub fn stored_markup(json: &str) -> Option<InlineKeyboardMarkup> {
    serde_json::from_str(json).ok()
}

/// `text` cut to `max` characters, with "…" when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::TicketId;

    #[test]
    fn a_stored_keyboard_reads_back_with_the_same_buttons() {
        let k = Keyboard::new().row([
            button(
                "Claim",
                Callback::Claim {
                    ticket: TicketId(7),
                },
            ),
            button(
                "Transfer",
                Callback::Transfer {
                    ticket: TicketId(7),
                },
            ),
        ]);
        let back = stored_markup(&k.to_stored()).expect("parses");
        assert_eq!(back, k.markup());
        let json: serde_json::Value = serde_json::from_str(&k.to_stored()).unwrap();
        assert_eq!(json["inline_keyboard"][0][0]["callback_data"], "c:7");
        assert_eq!(json["inline_keyboard"][0][1]["text"], "Transfer");
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        let b = button("x".repeat(100), Callback::Dismiss);
        assert_eq!(b.label.chars().count(), MAX_LABEL);
        assert!(b.label.ends_with('…'));
        assert_eq!(shorten("short", 60), "short");
    }

    #[test]
    fn a_grid_puts_three_to_a_row() {
        let buttons: Vec<Button> = (0..7).map(|_| button("b", Callback::Dismiss)).collect();
        let k = Keyboard::grid(buttons, 3);
        assert_eq!(k.markup().inline_keyboard.len(), 3);
        assert!(!k.is_empty());
        assert!(Keyboard::new().is_empty());
    }

    #[test]
    fn a_button_whose_data_is_too_long_is_left_out_and_so_is_its_empty_row() {
        let long = Callback::Show("x".repeat(80));
        assert!(fitting("Too long", long).is_none());
        let k = Keyboard::new()
            .row(fitting("Too long", Callback::Show("y".repeat(80))))
            .row(fitting("No", Callback::Dismiss));
        assert_eq!(k.markup().inline_keyboard.len(), 1);
        let labels: Vec<&str> = k.buttons().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, ["No"]);
    }
}
