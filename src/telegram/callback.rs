//! Button data: what an inline button carries back, parsed once and checked. Telegram allows
//! 64 bytes; anything else (old formats, forged data) parses to `None`. The one place that
//! writes and reads button data: officers' buttons queued in the outbox use it too.

use crate::lang::Lang;
use crate::store::{QuestionId, TicketId};

/// What a pressed button means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    /// Choose the reply language.
    Language(Lang),
    /// Choose a district: index into the knowledge base's districts, with a short checksum of
    /// its key so a button from before a reload cannot pick another district.
    District { index: usize, check: u16 },
    /// "Skip" under a district prompt: stop asking.
    SkipDistrict,
    /// 👍 / 👎 on a logged question.
    Feedback { question: QuestionId, helpful: bool },
    /// "Talk to an officer" about a logged question.
    Officer { question: QuestionId },
    /// Show a knowledge-base result by id ("Did you mean", /schemes).
    Show(String),
    /// /forget confirmed (true) or not.
    Forget(bool),
    /// "No": dismiss.
    Dismiss,
    /// An officer claims a ticket.
    Claim { ticket: TicketId },
    /// An officer asks how to transfer a ticket.
    Transfer { ticket: TicketId },
    /// The user rates a closed ticket 1–5.
    Rate { ticket: TicketId, stars: u8 },
}

/// A 16-bit checksum of a district key.
pub fn district_check(key: &str) -> u16 {
    key.bytes()
        .fold(0x1234u16, |h, b| h.rotate_left(5) ^ u16::from(b))
}

impl Callback {
    pub fn encode(&self) -> String {
        match self {
            Callback::Language(l) => format!("l:{}", l.code()),
            Callback::District { index, check } => format!("d:{index}:{check:04x}"),
            Callback::SkipDistrict => "k".into(),
            Callback::Feedback { question, helpful } => {
                format!("f:{}:{question}", if *helpful { 'u' } else { 'd' })
            }
            Callback::Officer { question } => format!("o:{question}"),
            Callback::Show(id) => format!("s:{id}"),
            Callback::Forget(yes) => format!("x:{}", if *yes { 'y' } else { 'n' }),
            Callback::Dismiss => "n".into(),
            Callback::Claim { ticket } => format!("c:{ticket}"),
            Callback::Transfer { ticket } => format!("t:{ticket}"),
            Callback::Rate { ticket, stars } => format!("r:{ticket}:{stars}"),
        }
    }

    pub fn parse(data: &str) -> Option<Callback> {
        let (tag, rest) = data.split_once(':').unwrap_or((data, ""));
        match tag {
            "l" => Lang::parse(rest).ok().map(Callback::Language),
            "d" => {
                let (i, c) = rest.split_once(':')?;
                Some(Callback::District {
                    index: i.parse().ok()?,
                    check: u16::from_str_radix(c, 16).ok()?,
                })
            }
            "f" => {
                let (h, q) = rest.split_once(':')?;
                let helpful = match h {
                    "u" => true,
                    "d" => false,
                    _ => return None,
                };
                Some(Callback::Feedback {
                    question: q.parse().ok()?,
                    helpful,
                })
            }
            "o" => Some(Callback::Officer {
                question: rest.parse().ok()?,
            }),
            "s" if !rest.is_empty() => Some(Callback::Show(rest.to_string())),
            "x" => match rest {
                "y" => Some(Callback::Forget(true)),
                "n" => Some(Callback::Forget(false)),
                _ => None,
            },
            "n" if rest.is_empty() => Some(Callback::Dismiss),
            "k" if rest.is_empty() => Some(Callback::SkipDistrict),
            "c" => Some(Callback::Claim {
                ticket: rest.parse().ok()?,
            }),
            "t" => Some(Callback::Transfer {
                ticket: rest.parse().ok()?,
            }),
            "r" => {
                let (t, n) = rest.split_once(':')?;
                let stars: u8 = n.parse().ok().filter(|n| (1..=5).contains(n))?;
                Some(Callback::Rate {
                    ticket: t.parse().ok()?,
                    stars,
                })
            }
            _ => None,
        }
    }

    /// Whether the encoded data fits Telegram's 64-byte limit.
    pub fn fits(&self) -> bool {
        self.encode().len() <= 64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_button_round_trips() {
        for c in [
            Callback::Language(Lang::Or),
            Callback::District {
                index: 753,
                check: district_check("UTTAR PRADESH/MORADABAD"),
            },
            Callback::Feedback {
                question: QuestionId(42),
                helpful: true,
            },
            Callback::Feedback {
                question: QuestionId(7),
                helpful: false,
            },
            Callback::Officer {
                question: QuestionId(99),
            },
            Callback::Show("rodtep".into()),
            Callback::Forget(true),
            Callback::Dismiss,
            Callback::SkipDistrict,
            Callback::Claim {
                ticket: TicketId(12),
            },
            Callback::Transfer {
                ticket: TicketId(12),
            },
            Callback::Rate {
                ticket: TicketId(12),
                stars: 5,
            },
        ] {
            assert_eq!(Callback::parse(&c.encode()), Some(c.clone()), "{c:?}");
            assert!(c.fits());
        }
    }

    #[test]
    fn forged_or_old_data_is_rejected() {
        for data in [
            "", "zz", "l:xx", "d:1", "d:x:1", "f:q:1", "f:u:abc", "o:", "s:", "x:maybe", "n:1",
            "k:1", "🙏",
        ] {
            assert_eq!(Callback::parse(data), None, "{data:?}");
        }
    }
}
