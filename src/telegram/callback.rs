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
    /// "Send me updates for my district" (end of onboarding, /subscribe).
    SubscribeDistrict,
    /// /subscribe: a state, typed next.
    SubscribeState,
    /// /subscribe: a product or HS chapter, typed next.
    SubscribeProduct,
    /// /subscribe: a topic, by its code.
    SubscribeTopic(String),
    /// /subscriptions: remove one.
    Unsubscribe { subscription: i64 },
    /// "Remind me the day before" on an event notice.
    NoticeRemind(String),
    /// "Ask about this" on a notice.
    NoticeAsk(String),
    /// "Done" on a yearly deadline, for one period.
    NoticeDone { notice: String, period: String },
    /// An officer confirms an announcement draft.
    Announce { draft: i64 },
}

/// A notice id or topic code in button data: a slug of at most 40 characters.
fn slug(s: &str) -> Option<String> {
    let ok = !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then(|| s.to_string())
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
            Callback::SubscribeDistrict => "ud".into(),
            Callback::SubscribeState => "us".into(),
            Callback::SubscribeProduct => "up".into(),
            Callback::SubscribeTopic(t) => format!("ut:{t}"),
            Callback::Unsubscribe { subscription } => format!("ux:{subscription}"),
            Callback::NoticeRemind(id) => format!("nr:{id}"),
            Callback::NoticeAsk(id) => format!("na:{id}"),
            Callback::NoticeDone { notice, period } => format!("nd:{notice}:{period}"),
            Callback::Announce { draft } => format!("an:{draft}"),
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
            "ud" if rest.is_empty() => Some(Callback::SubscribeDistrict),
            "us" if rest.is_empty() => Some(Callback::SubscribeState),
            "up" if rest.is_empty() => Some(Callback::SubscribeProduct),
            "ut" => slug(rest).map(Callback::SubscribeTopic),
            "ux" => Some(Callback::Unsubscribe {
                subscription: rest.parse().ok()?,
            }),
            "nr" => slug(rest).map(Callback::NoticeRemind),
            "na" => slug(rest).map(Callback::NoticeAsk),
            "nd" => {
                let (n, p) = rest.split_once(':')?;
                Some(Callback::NoticeDone {
                    notice: slug(n)?,
                    period: slug(p)?,
                })
            }
            "an" => Some(Callback::Announce {
                draft: rest.parse().ok()?,
            }),
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
            Callback::SubscribeDistrict,
            Callback::SubscribeState,
            Callback::SubscribeProduct,
            Callback::SubscribeTopic("gst-customs".into()),
            Callback::Unsubscribe { subscription: 31 },
            Callback::NoticeRemind("a".repeat(40)),
            Callback::NoticeAsk("rodtep-rates-2026".into()),
            Callback::NoticeDone {
                notice: "a".repeat(40),
                period: "2026".into(),
            },
            Callback::Announce { draft: 9 },
        ] {
            assert_eq!(Callback::parse(&c.encode()), Some(c.clone()), "{c:?}");
            assert!(c.fits());
        }
    }

    #[test]
    fn forged_or_old_data_is_rejected() {
        for data in [
            "", "zz", "l:xx", "d:1", "d:x:1", "f:q:1", "f:u:abc", "o:", "s:", "x:maybe", "n:1",
            "k:1", "🙏", "ud:1", "ut:", "ut:A B", "ux:x", "nd:iec", "nd:iec:", "an:",
        ] {
            assert_eq!(Callback::parse(data), None, "{data:?}");
        }
    }
}
