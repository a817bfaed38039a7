//! Button data: what an inline button carries back, parsed once and checked. Telegram allows
//! 64 bytes; anything else (old formats, forged data) parses to `None`. The one place that
//! writes and reads button data: officers' buttons queued in the outbox use it too.
//!
//! Buttons under an answer ("I think you mean", "More", "See also") name a result by a
//! [`Target`] and carry the language the answer was shown in, so what a tap sends is in the
//! language of the message the button sits under, whatever the user's setting is by then.

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
    /// Middle band: the user picks one of the "I think you mean" offers for a logged
    /// question.
    Pick {
        question: QuestionId,
        lang: Lang,
        target: Target,
    },
    /// "More": the rest of a result (its steps and details).
    More { lang: Lang, target: Target },
    /// "See also" or "Did you mean": another result, answered in full.
    Open { lang: Lang, target: Target },
    /// "Answer me in this language from now on": sets the user's language.
    ReplyIn(Lang),
}

/// A notice id or topic code in button data: a slug of at most 40 characters.
fn slug(s: &str) -> Option<String> {
    let ok = !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then(|| s.to_string())
}

/// A result named by a button. Entry ids, HS codes and `product:<id>` are short and travel
/// as they are; a district's key ("STATE/DISTRICT") can be longer than a button holds, so a
/// district travels as its index with a checksum of its key (see [`district_check`]), and a
/// reload that moves it makes the button stale instead of pointing at another district.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Id(String),
    District { index: usize, check: u16 },
}

impl Target {
    fn encode(&self) -> String {
        match self {
            Target::Id(id) => id.clone(),
            Target::District { index, check } => format!("~{index}.{check:04x}"),
        }
    }

    fn parse(data: &str) -> Option<Target> {
        if let Some(rest) = data.strip_prefix('~') {
            let (i, c) = rest.split_once('.')?;
            return Some(Target::District {
                index: i.parse().ok()?,
                check: u16::from_str_radix(c, 16).ok()?,
            });
        }
        (!data.is_empty()).then(|| Target::Id(data.to_string()))
    }
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
            Callback::Pick {
                question,
                lang,
                target,
            } => format!("p:{question}:{}:{}", lang.code(), target.encode()),
            Callback::More { lang, target } => format!("m:{}:{}", lang.code(), target.encode()),
            Callback::Open { lang, target } => format!("a:{}:{}", lang.code(), target.encode()),
            Callback::ReplyIn(lang) => format!("w:{}", lang.code()),
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
            "p" => {
                let (q, rest) = rest.split_once(':')?;
                let (lang, target) = lang_and_target(rest)?;
                Some(Callback::Pick {
                    question: q.parse().ok()?,
                    lang,
                    target,
                })
            }
            "m" => lang_and_target(rest).map(|(lang, target)| Callback::More { lang, target }),
            "a" => lang_and_target(rest).map(|(lang, target)| Callback::Open { lang, target }),
            "w" => Lang::parse(rest).ok().map(Callback::ReplyIn),
            _ => None,
        }
    }

    /// Whether the encoded data fits Telegram's 64-byte limit.
    pub fn fits(&self) -> bool {
        self.encode().len() <= 64
    }
}

/// "<lang>:<target>", as the buttons under an answer carry them.
fn lang_and_target(data: &str) -> Option<(Lang, Target)> {
    let (lang, target) = data.split_once(':')?;
    Some((Lang::parse(lang).ok()?, Target::parse(target)?))
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
            Callback::Pick {
                question: QuestionId(31),
                lang: Lang::Ta,
                target: Target::Id("gst-lut".into()),
            },
            Callback::More {
                lang: Lang::Hi,
                target: Target::Id("product:black-pepper".into()),
            },
            Callback::Open {
                lang: Lang::En,
                target: Target::District {
                    index: 700,
                    check: district_check("UTTAR PRADESH/MORADABAD"),
                },
            },
            Callback::ReplyIn(Lang::Bn),
        ] {
            assert_eq!(Callback::parse(&c.encode()), Some(c.clone()), "{c:?}");
            assert!(c.fits());
        }
    }

    #[test]
    fn forged_or_old_data_is_rejected() {
        for data in [
            "",
            "zz",
            "l:xx",
            "d:1",
            "d:x:1",
            "f:q:1",
            "f:u:abc",
            "o:",
            "s:",
            "x:maybe",
            "n:1",
            "k:1",
            "🙏",
            "ud:1",
            "ut:",
            "ut:A B",
            "ux:x",
            "nd:iec",
            "nd:iec:",
            "an:",
            "p:1:en:",
            "p:x:en:iec",
            "p:1:zz:iec",
            "p:1:iec",
            "m:",
            "m:en",
            "m:en:",
            "m:xx:iec",
            "a:en:~1",
            "a:en:~x.1",
            "a:en:~1.zzzz",
            "w:",
            "w:xx",
        ] {
            assert_eq!(Callback::parse(data), None, "{data:?}");
        }
    }

    #[test]
    fn the_longest_result_ids_still_fit_in_a_button() {
        // The longest entry id of the knowledge base has 38 characters; a question id of 12
        // digits is a trillion questions. The longest district key is 76 bytes: a district
        // travels as index and checksum.
        let id = "certificate-of-origin-non-preferential".to_string();
        let pick = Callback::Pick {
            question: QuestionId(999_999_999_999),
            lang: Lang::Ml,
            target: Target::Id(id),
        };
        assert!(pick.fits(), "{} bytes", pick.encode().len());
        let far = Callback::More {
            lang: Lang::Or,
            target: Target::District {
                index: usize::from(u16::MAX),
                check: u16::MAX,
            },
        };
        assert!(far.fits());
    }
}
