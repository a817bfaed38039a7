//! The escalation domain as stored: id newtypes, officers' levels and jurisdictions, tickets
//! and their threads. Text columns (`role`, `status`, `level`, `author`) are parsed once, when
//! a row is read; the rules (routing, jurisdiction checks, parsing what an admin types) live
//! in `escalation`.

use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map($name)
            }
        }
    };
}

id_type!(
    /// A Telegram user or chat: a user, or a group registered as a district desk.
    TelegramId
);
impl TelegramId {
    /// The actor of the bot's own steps (the SLA clock) and of the command line, in the audit
    /// log.
    pub const SYSTEM: TelegramId = TelegramId(0);

    /// Whether this is a group chat (groups have negative ids).
    pub fn is_group(self) -> bool {
        self.0 < 0
    }
}

id_type!(
    /// A ticket number, as users and officers see it ("#12").
    TicketId
);
id_type!(
    /// A logged question.
    QuestionId
);

/// A routing level, and the level of an officer; each covers more ground than the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    District,
    State,
    /// A DGFT Regional Authority.
    Ra,
    Admin,
}

impl Level {
    /// The levels in escalation order.
    pub const ALL: [Level; 4] = [Level::District, Level::State, Level::Ra, Level::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::District => "district",
            Level::State => "state",
            Level::Ra => "ra",
            Level::Admin => "admin",
        }
    }

    /// "district", "state", "ra" or "admin", in any case.
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an officer may act.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Jurisdiction {
    /// A district: its knowledge-base key, "STATE/DISTRICT".
    District(String),
    /// A state, in capitals as in the knowledge base.
    State(String),
    /// A DGFT Regional Authority, by id ("kanpur").
    RegionalAuthority(String),
    /// All of India.
    Admin,
}

impl Jurisdiction {
    pub fn level(&self) -> Level {
        match self {
            Jurisdiction::District(_) => Level::District,
            Jurisdiction::State(_) => Level::State,
            Jurisdiction::RegionalAuthority(_) => Level::Ra,
            Jurisdiction::Admin => Level::Admin,
        }
    }

    /// The state of a district or state jurisdiction.
    pub fn state(&self) -> Option<&str> {
        match self {
            Jurisdiction::District(key) => key.split('/').next(),
            Jurisdiction::State(s) => Some(s),
            _ => None,
        }
    }

    /// The `district`, `state` and `ra` columns.
    pub(in crate::store) fn columns(&self) -> (Option<&str>, Option<&str>, Option<&str>) {
        match self {
            Jurisdiction::District(key) => (Some(key), self.state(), None),
            Jurisdiction::State(s) => (None, Some(s), None),
            Jurisdiction::RegionalAuthority(ra) => (None, None, Some(ra)),
            Jurisdiction::Admin => (None, None, None),
        }
    }

    /// From the `role`, `district`, `state` and `ra` columns; `None` if they do not fit.
    pub(in crate::store) fn from_columns(
        role: &str,
        district: Option<String>,
        state: Option<String>,
        ra: Option<String>,
    ) -> Option<Jurisdiction> {
        Some(match Level::parse(role)? {
            Level::District => Jurisdiction::District(district?),
            Level::State => Jurisdiction::State(state?),
            Level::Ra => Jurisdiction::RegionalAuthority(ra?),
            Level::Admin => Jurisdiction::Admin,
        })
    }
}

/// A registered officer (a person, or a group chat acting as a district desk).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Officer {
    pub telegram_id: TelegramId,
    pub name: String,
    pub jurisdiction: Jurisdiction,
}

impl Officer {
    pub fn level(&self) -> Level {
        self.jurisdiction.level()
    }

    pub fn is_admin(&self) -> bool {
        self.jurisdiction == Jurisdiction::Admin
    }
}

/// Whether a ticket still waits for its officers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TicketStatus {
    Open,
    Closed,
}

impl TicketStatus {
    pub fn parse(s: &str) -> Option<TicketStatus> {
        match s {
            "open" => Some(TicketStatus::Open),
            "closed" => Some(TicketStatus::Closed),
            _ => None,
        }
    }
}

/// A ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub id: TicketId,
    /// The user who asked.
    pub user: TelegramId,
    pub question: QuestionId,
    /// "STATE/DISTRICT".
    pub district: String,
    pub status: TicketStatus,
    pub claimed_by: Option<TelegramId>,
    /// The routing level it is at.
    pub level: Level,
    pub reminded: bool,
    /// Unix seconds.
    pub created: i64,
    pub rating: Option<i32>,
}

/// Who wrote a message of a ticket's thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author {
    User,
    Officer,
}

impl Author {
    pub fn as_str(self) -> &'static str {
        match self {
            Author::User => "user",
            Author::Officer => "officer",
        }
    }

    pub fn parse(s: &str) -> Option<Author> {
        match s {
            "user" => Some(Author::User),
            "officer" => Some(Author::Officer),
            _ => None,
        }
    }
}

/// One message of a ticket's thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadMessage {
    pub author: Author,
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_columns_parse_back_to_what_was_written() {
        for l in Level::ALL {
            assert_eq!(Level::parse(l.as_str()), Some(l));
        }
        assert_eq!(Level::parse(" ADMIN "), Some(Level::Admin));
        assert_eq!(Level::parse("minister"), None);
        for a in [Author::User, Author::Officer] {
            assert_eq!(Author::parse(a.as_str()), Some(a));
        }
        assert_eq!(TicketStatus::parse("open"), Some(TicketStatus::Open));
        assert_eq!(TicketStatus::parse("lost"), None);
    }

    #[test]
    fn a_jurisdiction_round_trips_through_its_columns() {
        for j in [
            Jurisdiction::District("UTTAR PRADESH/MORADABAD".into()),
            Jurisdiction::State("RAJASTHAN".into()),
            Jurisdiction::RegionalAuthority("kanpur".into()),
            Jurisdiction::Admin,
        ] {
            let (d, s, r) = j.columns();
            let back = Jurisdiction::from_columns(
                j.level().as_str(),
                d.map(str::to_string),
                s.map(str::to_string),
                r.map(str::to_string),
            );
            assert_eq!(back, Some(j.clone()));
        }
        assert_eq!(
            Jurisdiction::District("UTTAR PRADESH/AGRA".into()).state(),
            Some("UTTAR PRADESH")
        );
        assert_eq!(
            Jurisdiction::from_columns("district", None, None, None),
            None
        );
    }
}
