//! The commands users and officers send, parsed once into [`Command`] ("/cmd@bot args", any
//! case), and the command menu, whose descriptions are the `cmd-*` Fluent messages.

use teloxide::RequestError;
use teloxide::types::BotCommand;

use crate::i18n::I18n;
use crate::lang::Lang;
use crate::store::TicketId;
use crate::telegram::Telegram;

/// A command, with its arguments checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Start,
    Help,
    Language,
    Schemes,
    Forget,
    /// `/mydata`: what is stored about the user, as a document.
    MyData,
    Cancel,
    /// `/district` alone: show the user's district.
    MyDistrict,
    /// `/district <name or PIN>`: change it.
    District(String),
    Hs(String),
    /// `/officer <question>`: open a ticket.
    Officer(String),
    /// `/join <code>`: redeem an officer invite.
    Join(String),
    /// `/subscribe`: the subscription menu.
    Subscribe,
    /// `/subscriptions`: the user's subscriptions, with remove buttons.
    Subscriptions,
    /// `/unsubscribe` (or "STOP"): end every subscription at once.
    Unsubscribe,
    /// `/notices`: the notices current for the user.
    Notices,
    /// A command that needs arguments, sent without them: the Fluent message saying how.
    Usage(&'static str),
    /// Officer-only commands.
    Desk(DeskCommand),
    Unknown,
    /// Meant for another bot, or not a command name: ignored.
    Ignored,
}

/// Commands only registered officers may use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeskCommand {
    Reply {
        ticket: TicketId,
        text: String,
    },
    Queue,
    Close(TicketId),
    Transfer {
        ticket: TicketId,
        target: String,
    },
    /// `/invite <level> <place>` (admins).
    Invite(String),
    /// `/announce [district <name>: | state <name>: | all:] text` (per language `hi: ...`).
    Announce(String),
    /// Sent with arguments that do not fit: the Fluent message saying how.
    Usage(&'static str),
}

/// The commands in the menu, in order; each has a `cmd-<name>` message.
pub const MENU: [&str; 12] = [
    "start",
    "help",
    "hs",
    "schemes",
    "district",
    "subscribe",
    "notices",
    "language",
    "officer",
    "mydata",
    "forget",
    "cancel",
];

fn ticket(s: &str) -> Option<TicketId> {
    s.trim_start_matches('#').parse().ok()
}

/// "N rest" → (ticket N, rest), when both are there.
fn ticket_and(rest: &str) -> Option<(TicketId, String)> {
    let (number, more) = rest.split_once(char::is_whitespace)?;
    let more = more.trim();
    Some((ticket(number)?, more.to_string())).filter(|_| !more.is_empty())
}

impl Command {
    /// Reads "/cmd@bot args" (text starting with '/').
    pub fn parse(text: &str, username: &str) -> Command {
        let Some(rest) = text.strip_prefix('/') else {
            return Command::Ignored;
        };
        let (head, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let (name, target) = head.split_once('@').unwrap_or((head, ""));
        let addressed = target.is_empty() || target.eq_ignore_ascii_case(username);
        let valid = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !addressed || !valid {
            return Command::Ignored;
        }
        Command::with_args(&name.to_ascii_lowercase(), args.trim())
    }

    fn with_args(name: &str, args: &str) -> Command {
        let text = || args.to_string();
        let usage = |id| {
            if args.is_empty() {
                Some(Command::Usage(id))
            } else {
                None
            }
        };
        match name {
            "start" => Command::Start,
            "help" => Command::Help,
            "language" => Command::Language,
            "schemes" => Command::Schemes,
            "forget" => Command::Forget,
            "mydata" => Command::MyData,
            "cancel" => Command::Cancel,
            "district" if args.is_empty() => Command::MyDistrict,
            "district" => Command::District(text()),
            "hs" => usage("hs-usage").unwrap_or(Command::Hs(text())),
            "officer" => usage("ticket-officer-usage").unwrap_or(Command::Officer(text())),
            "join" => Command::Join(text()),
            "subscribe" => Command::Subscribe,
            "subscriptions" => Command::Subscriptions,
            "unsubscribe" | "stop" => Command::Unsubscribe,
            "notices" => Command::Notices,
            "reply" | "queue" | "close" | "transfer" | "invite" | "announce" => {
                Command::Desk(DeskCommand::with_args(name, args))
            }
            _ => Command::Unknown,
        }
    }
}

impl DeskCommand {
    fn with_args(name: &str, args: &str) -> DeskCommand {
        match name {
            "reply" => ticket_and(args).map_or(
                DeskCommand::Usage("officer-usage-reply"),
                |(ticket, text)| DeskCommand::Reply { ticket, text },
            ),
            "close" => ticket(args).map_or(
                DeskCommand::Usage("officer-usage-close"),
                DeskCommand::Close,
            ),
            "transfer" => ticket_and(args).map_or(
                DeskCommand::Usage("officer-usage-transfer"),
                |(ticket, target)| DeskCommand::Transfer { ticket, target },
            ),
            "invite" => DeskCommand::Invite(args.to_string()),
            "announce" if args.is_empty() => DeskCommand::Usage("announce-usage"),
            "announce" => DeskCommand::Announce(args.to_string()),
            _ => DeskCommand::Queue,
        }
    }
}

/// The command menu in every language (`setMyCommands` with `language_code`), and English as
/// the default for other languages.
pub async fn set_menu<B: Telegram>(bot: &B, i18n: &I18n) -> Result<(), RequestError> {
    use teloxide::payloads::SetMyCommandsSetters;
    let commands = |lang: Lang| -> Vec<BotCommand> {
        MENU.iter()
            .map(|c| BotCommand::new(*c, i18n.get(lang, &format!("cmd-{c}"))))
            .collect()
    };
    bot.set_my_commands(commands(Lang::En)).await?;
    for lang in Lang::ALL {
        bot.set_my_commands(commands(lang))
            .language_code(lang.code())
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOT: &str = "helpdesk_bot";

    #[test]
    fn commands_are_read_with_and_without_the_bot_name_in_any_case() {
        assert_eq!(Command::parse("/start", BOT), Command::Start);
        assert_eq!(
            Command::parse("/HS 0910 30", BOT),
            Command::Hs("0910 30".into())
        );
        assert_eq!(
            Command::parse("/district@Helpdesk_Bot Agra", BOT),
            Command::District("Agra".into())
        );
        assert_eq!(Command::parse("/district", BOT), Command::MyDistrict);
        assert_eq!(Command::parse("/weather", BOT), Command::Unknown);
    }

    #[test]
    fn what_is_not_for_this_bot_is_ignored() {
        for text in ["/start@other_bot", "/", "/निर्यात", "no command", "/a-b"] {
            assert_eq!(Command::parse(text, BOT), Command::Ignored, "{text}");
        }
    }

    #[test]
    fn commands_without_their_arguments_ask_for_them() {
        assert_eq!(Command::parse("/hs", BOT), Command::Usage("hs-usage"));
        assert_eq!(
            Command::parse("/officer  ", BOT),
            Command::Usage("ticket-officer-usage")
        );
        assert_eq!(
            Command::parse("/reply 12", BOT),
            Command::Desk(DeskCommand::Usage("officer-usage-reply"))
        );
        assert_eq!(
            Command::parse("/close twelve", BOT),
            Command::Desk(DeskCommand::Usage("officer-usage-close"))
        );
        assert_eq!(
            Command::parse("/transfer 12", BOT),
            Command::Desk(DeskCommand::Usage("officer-usage-transfer"))
        );
    }

    #[test]
    fn officer_commands_carry_their_ticket_number() {
        assert_eq!(
            Command::parse("/reply #12 Yes, at a Dak Ghar.", BOT),
            Command::Desk(DeskCommand::Reply {
                ticket: TicketId(12),
                text: "Yes, at a Dak Ghar.".into()
            })
        );
        assert_eq!(
            Command::parse("/close 7", BOT),
            Command::Desk(DeskCommand::Close(TicketId(7)))
        );
        assert_eq!(
            Command::parse("/transfer 7 Moradabad", BOT),
            Command::Desk(DeskCommand::Transfer {
                ticket: TicketId(7),
                target: "Moradabad".into()
            })
        );
        assert_eq!(
            Command::parse("/queue", BOT),
            Command::Desk(DeskCommand::Queue)
        );
        assert_eq!(
            Command::parse("/invite district Agra", BOT),
            Command::Desk(DeskCommand::Invite("district Agra".into()))
        );
        assert_eq!(
            Command::parse("/join ABC", BOT),
            Command::Join("ABC".into())
        );
        assert_eq!(
            Command::parse("/announce Camp on Friday", BOT),
            Command::Desk(DeskCommand::Announce("Camp on Friday".into()))
        );
        assert_eq!(
            Command::parse("/announce", BOT),
            Command::Desk(DeskCommand::Usage("announce-usage"))
        );
        assert_eq!(Command::parse("/STOP", BOT), Command::Unsubscribe);
        assert_eq!(
            Command::parse("/subscriptions", BOT),
            Command::Subscriptions
        );
    }
}
