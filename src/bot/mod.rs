//! The Telegram bot: [`schema`] routes every update through dptree — the gate steps (group
//! filter, flood control, the asker resolved once), then typed [`Command`]s, the dialogue
//! state, officers' replies, follow-ups and questions — to small handlers, one file per
//! concern. Generic over the requester, so tests run it with a plain `Bot` against a fake
//! Bot API and production with `Throttle<Bot>`.

mod announce;
pub mod asker;
mod browse;
mod buttons;
pub mod command;
pub mod delivery;
mod district;
pub mod flood;
mod gate;
mod officer;
mod onboarding;
mod out;
mod polite;
mod privacy;
mod questions;
mod results;
mod subscriptions;
mod tickets;

use std::sync::Arc;

use teloxide::dispatching::{UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;

use crate::answer::Answerer;
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::store::Store;
use crate::telegram::{Callback, Telegram};
pub use asker::Asker;
pub use command::{Command, DeskCommand, set_menu};
pub use delivery::Delivery;
use flood::{Flood, Verdict};

/// The error of a handler.
pub type HandlerError = Box<dyn std::error::Error + Send + Sync>;
/// What every handler returns.
pub type HandlerResult = Result<(), HandlerError>;

/// Everything the handlers need, injected by the dispatcher.
pub struct Context {
    pub answerer: Arc<Answerer>,
    pub store: Store,
    pub flood: Flood,
    /// The bot's username, to recognise "/cmd@bot" and "@bot" mentions.
    pub username: String,
    /// The language for users whose Telegram app language is not one of ours.
    pub default_language: Lang,
    /// Days question texts and closed tickets are kept (the privacy notice says so).
    pub retention_days: u32,
}

impl Context {
    /// A context with the default flood limit, English as the default language and a year's
    /// retention.
    pub fn new(answerer: Arc<Answerer>, store: Store, username: impl Into<String>) -> Context {
        Context {
            answerer,
            store,
            flood: Flood::default(),
            username: username.into(),
            default_language: Lang::En,
            retention_days: 365,
        }
    }

    pub fn with_retention_days(self, retention_days: u32) -> Context {
        Context {
            retention_days,
            ..self
        }
    }

    pub fn with_flood(self, flood: Flood) -> Context {
        Context { flood, ..self }
    }

    pub fn with_default_language(self, default_language: Lang) -> Context {
        Context {
            default_language,
            ..self
        }
    }

    fn i18n(&self) -> &I18n {
        &self.answerer.i18n
    }
}

/// The handler tree.
pub fn schema<B: Telegram>() -> UpdateHandler<HandlerError> {
    dptree::entry()
        .branch(messages::<B>())
        .branch(
            Update::filter_edited_message()
                .filter(|msg: Message| {
                    msg.chat.is_private() && msg.from.as_ref().is_some_and(|u| !u.is_bot)
                })
                .filter_map_async(asker::of_message)
                .endpoint(polite::edited::<B>),
        )
        .branch(callbacks::<B>())
}

fn messages<B: Telegram>() -> UpdateHandler<HandlerError> {
    let text = dptree::filter_map(gate::text)
        .branch(
            dptree::filter(gate::is_command)
                .map(|t: gate::Text, ctx: Arc<Context>| Command::parse(&t.0, &ctx.username))
                .chain(commands::<B>()),
        )
        .branch(dptree::filter_map_async(officer::replied_ticket).endpoint(officer::replied::<B>))
        .branch(dptree::filter(subscriptions::is_stop).endpoint(subscriptions::stop::<B>))
        .branch(dptree::filter(|a: Asker| a.state.awaits_district()).endpoint(district::typed::<B>))
        .branch(
            dptree::filter(|a: Asker| {
                a.state == crate::store::DialogueState::AwaitingSubscriptionState
            })
            .endpoint(subscriptions::typed_state::<B>),
        )
        .branch(
            dptree::filter(|a: Asker| {
                a.state == crate::store::DialogueState::AwaitingSubscriptionProduct
            })
            .endpoint(subscriptions::typed_product::<B>),
        )
        .branch(dptree::filter_map_async(tickets::claimed).endpoint(tickets::follow_up))
        .branch(dptree::endpoint(questions::asked::<B>));
    Update::filter_message()
        .filter(gate::addressed)
        .filter_map(gate::flood)
        .filter_map_async(asker::of_message)
        .branch(dptree::filter(|v: Verdict| v == Verdict::Notify).endpoint(polite::flood::<B>))
        .branch(text)
        .branch(dptree::endpoint(polite::media::<B>))
}

fn commands<B: Telegram>() -> UpdateHandler<HandlerError> {
    use dptree::case;
    dptree::entry()
        .branch(case![Command::Start].endpoint(onboarding::start::<B>))
        .branch(case![Command::Help].endpoint(onboarding::help::<B>))
        .branch(case![Command::Language].endpoint(onboarding::language::<B>))
        .branch(case![Command::Cancel].endpoint(onboarding::cancel::<B>))
        .branch(case![Command::Usage(message)].endpoint(onboarding::usage::<B>))
        .branch(case![Command::Unknown].endpoint(onboarding::unknown::<B>))
        .branch(case![Command::MyDistrict].endpoint(district::show::<B>))
        .branch(case![Command::District(text)].endpoint(district::set::<B>))
        .branch(case![Command::Hs(query)].endpoint(questions::hs::<B>))
        .branch(case![Command::Schemes].endpoint(browse::schemes::<B>))
        .branch(case![Command::Officer(question)].endpoint(tickets::ask_officer::<B>))
        .branch(case![Command::Forget].endpoint(privacy::forget::<B>))
        .branch(case![Command::MyData].endpoint(privacy::mydata::<B>))
        .branch(case![Command::Join(code)].endpoint(officer::join::<B>))
        .branch(case![Command::Subscribe].endpoint(subscriptions::menu::<B>))
        .branch(case![Command::Subscriptions].endpoint(subscriptions::list::<B>))
        .branch(case![Command::Unsubscribe].endpoint(subscriptions::stop::<B>))
        .branch(case![Command::Notices].endpoint(subscriptions::current::<B>))
        .branch(case![Command::Desk(desk)].chain(desk::<B>()))
        .branch(case![Command::Ignored].endpoint(|| async { HandlerResult::Ok(()) }))
}

/// Officer-only commands: behind the "is a registered officer" filter; others are told so.
fn desk<B: Telegram>() -> UpdateHandler<HandlerError> {
    use dptree::case;
    let officer = dptree::filter_map_async(officer::acting)
        .branch(case![DeskCommand::Usage(message)].endpoint(onboarding::usage::<B>))
        .branch(case![DeskCommand::Reply { ticket, text }].endpoint(officer::reply::<B>))
        .branch(case![DeskCommand::Queue].endpoint(officer::queue::<B>))
        .branch(case![DeskCommand::Close(ticket)].endpoint(officer::close::<B>))
        .branch(case![DeskCommand::Transfer { ticket, target }].endpoint(officer::transfer::<B>))
        .branch(case![DeskCommand::Announce(text)].endpoint(announce::draft::<B>))
        .branch(
            case![DeskCommand::Invite(text)]
                .filter(|acting: officer::Acting| acting.0.is_admin())
                .endpoint(officer::invite::<B>),
        );
    dptree::entry()
        .branch(officer)
        .branch(dptree::endpoint(officer::not_registered::<B>))
}

fn callbacks<B: Telegram>() -> UpdateHandler<HandlerError> {
    use dptree::case;
    let known = dptree::filter_map(|q: CallbackQuery| {
        q.message.as_ref()?;
        q.data.as_deref().and_then(Callback::parse)
    })
    .branch(case![Callback::Language(lang)].endpoint(onboarding::language_chosen::<B>))
    .branch(case![Callback::District { index, check }].endpoint(district::pressed::<B>))
    .branch(case![Callback::SkipDistrict].endpoint(district::skipped::<B>))
    .branch(case![Callback::Feedback { question, helpful }].endpoint(questions::feedback::<B>))
    .branch(case![Callback::Officer { question }].endpoint(tickets::pressed::<B>))
    .branch(case![Callback::Show(id)].endpoint(browse::show::<B>))
    .branch(case![Callback::Forget(yes)].endpoint(privacy::confirmed::<B>))
    .branch(case![Callback::Dismiss].endpoint(questions::dismiss::<B>))
    .branch(case![Callback::Claim { ticket }].endpoint(officer::claim::<B>))
    .branch(case![Callback::Transfer { ticket }].endpoint(officer::transfer_pressed::<B>))
    .branch(case![Callback::Rate { ticket, stars }].endpoint(tickets::rated::<B>))
    .branch(case![Callback::SubscribeDistrict].endpoint(subscriptions::district_pressed::<B>))
    .branch(
        dptree::filter(|c: Callback| {
            matches!(c, Callback::SubscribeState | Callback::SubscribeProduct)
        })
        .endpoint(subscriptions::prompt_pressed::<B>),
    )
    .branch(case![Callback::SubscribeTopic(code)].endpoint(subscriptions::topic_pressed::<B>))
    .branch(
        case![Callback::Unsubscribe { subscription }].endpoint(subscriptions::remove_pressed::<B>),
    )
    .branch(case![Callback::NoticeRemind(id)].endpoint(subscriptions::remind_pressed::<B>))
    .branch(case![Callback::NoticeAsk(id)].endpoint(subscriptions::ask_pressed::<B>))
    .branch(
        case![Callback::NoticeDone { notice, period }].endpoint(subscriptions::done_pressed::<B>),
    )
    .branch(case![Callback::Announce { draft }].endpoint(announce::confirmed::<B>))
    .branch(
        case![Callback::Pick {
            question,
            lang,
            target
        }]
        .endpoint(results::picked::<B>),
    )
    .branch(case![Callback::More { lang, target }].endpoint(results::more::<B>))
    .branch(case![Callback::Open { lang, target }].endpoint(results::open::<B>))
    .branch(case![Callback::ReplyIn(lang)].endpoint(onboarding::reply_in::<B>));
    Update::filter_callback_query()
        .filter_map_async(asker::of_callback)
        .branch(known)
        .branch(dptree::endpoint(stale::<B>))
}

/// A button whose data does not parse (old or forged).
async fn stale<B: Telegram>(
    bot: B,
    ctx: Arc<Context>,
    asker: Asker,
    q: CallbackQuery,
) -> HandlerResult {
    out::Out::new(&bot, &ctx, &asker).stale(&q).await
}
