//! The Telegram bot: one `schema()` building the dptree handler tree, and small handlers that
//! parse, call the domain (answer, store), and reply. Generic over the requester, so tests run
//! it with a plain `Bot` against a fake Bot API and production with `Throttle<Bot>`.
//!
//! Private chats get everything. In groups the bot answers only commands, messages that
//! mention it, and replies to its own messages.

pub mod callback;
pub mod flood;
pub mod send;

use std::sync::Arc;

use teloxide::RequestError;
use teloxide::dispatching::{UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::{BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, User};

use crate::answer::Answerer;
use crate::i18n::{I18n, args};
use crate::knowledge::places::DistrictMatch;
use crate::lang::Lang;
use crate::store::{DialogueState, Store};
use callback::{Callback, district_check};
use flood::{Flood, Verdict};
pub use send::Telegram;
use send::{answer_callback, send_html};

/// What every handler returns.
pub type HandlerResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// Everything the handlers need, injected by the dispatcher.
pub struct Context {
    pub answerer: Arc<Answerer>,
    pub store: Store,
    pub flood: Flood,
    /// The bot's username, to recognise "/cmd@bot" and "@bot" mentions.
    pub username: String,
    /// The language for users whose Telegram app language is not one of ours.
    pub default_language: Lang,
}

impl Context {
    fn i18n(&self) -> &I18n {
        &self.answerer.i18n
    }
}

/// The handler tree.
pub fn schema<B>() -> UpdateHandler<Box<dyn std::error::Error + Send + Sync + 'static>>
where
    B: Telegram,
{
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message::<B>))
        .branch(Update::filter_edited_message().endpoint(on_edited::<B>))
        .branch(Update::filter_callback_query().endpoint(on_callback::<B>))
}

/// The command menu in every language (`setMyCommands` with `language_code`), and English as
/// the default for other languages.
pub async fn set_commands<B>(bot: &B, i18n: &I18n) -> Result<(), RequestError>
where
    B: Telegram,
{
    use teloxide::payloads::SetMyCommandsSetters;
    let commands = |lang: Lang| -> Vec<BotCommand> {
        [
            "start", "help", "hs", "schemes", "district", "language", "officer", "forget", "cancel",
        ]
        .iter()
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

fn button(text: impl Into<String>, data: Callback) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(text, data.encode())
}

fn language_keyboard() -> InlineKeyboardMarkup {
    let buttons: Vec<InlineKeyboardButton> = Lang::ALL
        .iter()
        .map(|l| button(l.native_name(), Callback::Language(*l)))
        .collect();
    InlineKeyboardMarkup::new(buttons.chunks(3).map(|c| c.to_vec()).collect::<Vec<_>>())
}

/// Splits "/cmd@bot args" into ("cmd", "args"); `None` if not a command or meant for
/// another bot.
fn parse_command<'a>(text: &'a str, username: &str) -> Option<(String, &'a str)> {
    let rest = text.strip_prefix('/')?;
    let (head, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let (cmd, target) = head.split_once('@').unwrap_or((head, ""));
    if !target.is_empty() && !target.eq_ignore_ascii_case(username) {
        return None;
    }
    if cmd.is_empty() || !cmd.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    Some((cmd.to_ascii_lowercase(), args.trim()))
}

fn app_language(user: &User) -> Option<Lang> {
    user.language_code.as_deref().and_then(Lang::from_telegram)
}

/// Whether a group message is meant for the bot.
fn addressed_in_group(msg: &Message, username: &str) -> bool {
    let text = msg.text().unwrap_or_default();
    let mention = format!("@{}", username.to_lowercase());
    text.starts_with('/')
        || text.to_lowercase().contains(&mention)
        || msg
            .reply_to_message()
            .and_then(|r| r.from.as_ref())
            .is_some_and(|u| {
                u.is_bot
                    && u.username
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(username))
            })
}

async fn on_message<B>(bot: B, msg: Message, ctx: Arc<Context>) -> HandlerResult
where
    B: Telegram,
{
    let Some(from) = msg.from.clone() else {
        return Ok(());
    };
    if from.is_bot {
        return Ok(());
    }
    if !msg.chat.is_private() && !addressed_in_group(&msg, &ctx.username) {
        return Ok(());
    }
    let user_id = from.id.0 as i64;
    let chat = msg.chat.id;
    let app_lang = app_language(&from);
    let verdict = ctx.flood.check(user_id);
    if verdict == Verdict::Drop {
        return Ok(());
    }
    let user = ctx.store.touch_user(user_id, app_lang).await?;
    let lang = user.language.or(app_lang).unwrap_or(ctx.default_language);
    let say = |id: &str| ctx.i18n().get(lang, id);
    if verdict == Verdict::Notify {
        send_html(&bot, chat, &escape(&say("flood-notice")), None).await?;
        return Ok(());
    }
    let Some(text) = msg.text() else {
        send_html(&bot, chat, &escape(&say("unsupported-media")), None).await?;
        return Ok(());
    };
    let mention = format!("@{}", ctx.username);
    let text = text.replace(&mention, "");
    let text = text.trim();
    if text.starts_with('/') {
        return match parse_command(text, &ctx.username) {
            Some((cmd, rest)) => {
                command(
                    &bot,
                    &ctx,
                    chat,
                    user_id,
                    lang,
                    user.district.as_deref(),
                    &cmd,
                    rest,
                    i64::from(msg.id.0),
                    &from.full_name(),
                )
                .await
            }
            None => Ok(()),
        };
    }
    if let Some(replied) = msg
        .reply_to_message()
        .filter(|r| r.from.as_ref().is_some_and(|u| u.is_bot))
        && let Some(ticket) = ctx
            .store
            .ticket_of_message(chat.0, i64::from(replied.id.0))
            .await?
        && let acting = acting_officer(&ctx, chat, user_id).await?
        && ctx.store.officer(acting).await?.is_some()
    {
        return officer_answer(
            &bot,
            &ctx,
            chat,
            acting,
            lang,
            ticket,
            text,
            i64::from(msg.id.0),
        )
        .await;
    }
    if user.state == DialogueState::AwaitingDistrict {
        return district_input(&bot, &ctx, chat, user_id, lang, text).await;
    }
    // While an officer holds the user's ticket, what the user writes goes to the officer.
    if msg.chat.is_private()
        && let Some(ticket) = ctx.store.claimed_ticket_of(user_id).await?
    {
        crate::escalation::follow_up(
            &ctx.store,
            &ctx.answerer,
            &ticket,
            text,
            i64::from(msg.id.0),
        )
        .await?;
        return Ok(());
    }
    question(&bot, &ctx, chat, user_id, lang, text).await
}

fn escape(text: &str) -> String {
    crate::answer::reply::escape_html(text)
}

#[allow(clippy::too_many_arguments)]
async fn command<B>(
    bot: &B,
    ctx: &Context,
    chat: ChatId,
    user_id: i64,
    lang: Lang,
    district: Option<&str>,
    cmd: &str,
    rest: &str,
    source: i64,
    sender_name: &str,
) -> HandlerResult
where
    B: Telegram,
{
    let say = |id: &str| escape(&ctx.i18n().get(lang, id));
    let officer_id = if matches!(cmd, "reply" | "close" | "transfer" | "queue") {
        acting_officer(ctx, chat, user_id).await?
    } else {
        user_id
    };
    match cmd {
        "start" => {
            ctx.store.set_state(user_id, DialogueState::Idle).await?;
            let text = format!(
                "{}\n\n{}",
                say("start-greeting"),
                say("start-pick-language")
            );
            send_html(bot, chat, &text, Some(language_keyboard())).await?;
        }
        "help" => {
            send_html(bot, chat, &say("help"), None).await?;
        }
        "language" => {
            send_html(
                bot,
                chat,
                &say("start-pick-language"),
                Some(language_keyboard()),
            )
            .await?;
        }
        "district" if rest.is_empty() => match district {
            Some(key) => {
                let card = ctx.answerer.show(&format!("district:{key}"), lang);
                let html = card
                    .map(|r| r.html())
                    .unwrap_or_else(|| say("district-none"));
                send_html(bot, chat, &html, None).await?;
            }
            None => {
                ctx.store
                    .set_state(user_id, DialogueState::AwaitingDistrict)
                    .await?;
                send_html(bot, chat, &say("start-pick-district"), None).await?;
            }
        },
        "district" => district_input(bot, ctx, chat, user_id, lang, rest).await?,
        "hs" if rest.is_empty() => {
            send_html(bot, chat, &say("hs-usage"), None).await?;
        }
        "hs" => question(bot, ctx, chat, user_id, lang, &format!("hs {rest}")).await?,
        "schemes" => {
            let engine = ctx.answerer.engine();
            let rows: Vec<Vec<InlineKeyboardButton>> = engine
                .kb
                .entries
                .iter()
                .filter(|e| e.kind == crate::knowledge::EntryKind::Scheme)
                .map(|e| Callback::Show(e.id.clone()))
                .filter(Callback::fits)
                .map(|c| {
                    let Callback::Show(id) = &c else {
                        unreachable!()
                    };
                    let title = engine
                        .kb
                        .entry(id)
                        .map_or(id.clone(), |e| e.title_in(lang).0.to_string());
                    vec![button(short(&title, 60), c)]
                })
                .collect();
            send_html(
                bot,
                chat,
                &say("schemes-heading"),
                Some(InlineKeyboardMarkup::new(rows)),
            )
            .await?;
        }
        "officer" if rest.is_empty() => {
            send_html(bot, chat, &say("ticket-officer-usage"), None).await?;
        }
        "officer" => {
            // The same question again within ten minutes (sent twice, or an update Telegram
            // delivers again after a crash) stays one ticket.
            let since = crate::store::now() - 600;
            let qid = match ctx.store.recent_question(user_id, rest, since).await? {
                Some(q) => q,
                None => {
                    ctx.store
                        .log_question(user_id, lang, rest, false, 0.0, None)
                        .await?
                }
            };
            open_ticket(bot, ctx, chat, user_id, lang, qid).await?;
        }
        "reply" => {
            let (number, answer) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            match number.trim_start_matches('#').parse::<i64>() {
                Ok(ticket) if !answer.trim().is_empty() => {
                    officer_answer(
                        bot,
                        ctx,
                        chat,
                        officer_id,
                        lang,
                        ticket,
                        answer.trim(),
                        source,
                    )
                    .await?
                }
                _ => {
                    let usage = if ctx.store.officer(officer_id).await?.is_some() {
                        "officer-usage-reply"
                    } else {
                        "officer-not-registered"
                    };
                    send_html(bot, chat, &say(usage), None).await?;
                }
            }
        }
        "queue" => match crate::escalation::queue(&ctx.store, &ctx.answerer, officer_id).await? {
            Some(text) => {
                send_html(bot, chat, &escape(&text), None).await?;
            }
            None => {
                send_html(bot, chat, &say("officer-not-registered"), None).await?;
            }
        },
        "close" => match rest.trim_start_matches('#').parse::<i64>() {
            Ok(ticket) => {
                if let Err(refusal) =
                    crate::escalation::close(&ctx.store, &ctx.answerer, officer_id, ticket).await?
                {
                    refuse(bot, ctx, chat, lang, refusal, ticket).await?;
                }
            }
            Err(_) => {
                send_html(bot, chat, &say("officer-usage-close"), None).await?;
            }
        },
        "transfer" => {
            let (number, target) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            match (number.trim_start_matches('#').parse::<i64>(), target.trim()) {
                (Ok(ticket), target) if !target.is_empty() => {
                    match crate::escalation::transfer(
                        &ctx.store,
                        &ctx.answerer,
                        officer_id,
                        ticket,
                        target,
                    )
                    .await?
                    {
                        Ok(shown) => {
                            let msg = ctx.i18n().message(
                                lang,
                                "officer-transferred",
                                &args(&[("ticket", &ticket.to_string()), ("target", &shown)]),
                            );
                            send_html(bot, chat, &escape(&msg), None).await?;
                        }
                        Err(Some(refusal)) => refuse(bot, ctx, chat, lang, refusal, ticket).await?,
                        Err(None) => {
                            send_html(bot, chat, &say("officer-usage-transfer"), None).await?;
                        }
                    }
                }
                _ => {
                    send_html(bot, chat, &say("officer-usage-transfer"), None).await?;
                }
            }
        }
        "invite" => {
            let is_admin = ctx
                .store
                .officer(user_id)
                .await?
                .is_some_and(|o| o.role == crate::store::Role::Admin);
            if !is_admin {
                send_html(bot, chat, &say("officer-not-registered"), None).await?;
            } else {
                let engine = ctx.answerer.engine();
                match crate::escalation::parse_jurisdiction(rest, &engine.kb) {
                    Some(template) => {
                        let code = crate::escalation::new_invite_code();
                        ctx.store.create_invite(&code, &template, user_id).await?;
                        ctx.store
                            .audit(None, user_id, "invite created", template.role.as_str())
                            .await?;
                        let area = crate::escalation::jurisdiction_name(
                            &template,
                            &engine.kb,
                            ctx.i18n(),
                            lang,
                        );
                        let msg = ctx.i18n().message(
                            lang,
                            "officer-invite-created",
                            &args(&[("jurisdiction", &area), ("code", &code)]),
                        );
                        send_html(bot, chat, &escape(&msg), None).await?;
                    }
                    None => {
                        send_html(bot, chat, &say("officer-usage-invite"), None).await?;
                    }
                }
            }
        }
        "join" => {
            match ctx
                .store
                .redeem_invite(rest.trim(), user_id, sender_name)
                .await?
            {
                Some(officer) => {
                    ctx.store
                        .audit(None, user_id, "officer joined", officer.role.as_str())
                        .await?;
                    let engine = ctx.answerer.engine();
                    let area = crate::escalation::jurisdiction_name(
                        &officer,
                        &engine.kb,
                        ctx.i18n(),
                        lang,
                    );
                    let msg = ctx.i18n().message(
                        lang,
                        "officer-joined",
                        &args(&[("name", &officer.name), ("jurisdiction", &area)]),
                    );
                    send_html(bot, chat, &escape(&msg), None).await?;
                }
                None => {
                    send_html(bot, chat, &say("officer-bad-invite"), None).await?;
                }
            }
        }
        "forget" => {
            let kb = InlineKeyboardMarkup::new(vec![vec![
                button(
                    ctx.i18n().get(lang, "button-confirm-forget"),
                    Callback::Forget(true),
                ),
                button(
                    ctx.i18n().get(lang, "button-cancel"),
                    Callback::Forget(false),
                ),
            ]]);
            send_html(bot, chat, &say("forget-confirm"), Some(kb)).await?;
        }
        "cancel" => {
            let user = ctx.store.user(user_id).await?;
            if user.is_some_and(|u| u.state != DialogueState::Idle) {
                ctx.store.set_state(user_id, DialogueState::Idle).await?;
                send_html(bot, chat, &say("cancelled"), None).await?;
            } else {
                send_html(bot, chat, &say("nothing-to-cancel"), None).await?;
            }
        }
        _ => {
            let text = format!("{}\n\n{}", say("unknown-command"), say("help"));
            send_html(bot, chat, &text, None).await?;
        }
    }
    Ok(())
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max - 1).collect::<String>())
    }
}

/// A district name or PIN code the user typed (after /district, or when asked for one).
async fn district_input<B>(
    bot: &B,
    ctx: &Context,
    chat: ChatId,
    user_id: i64,
    lang: Lang,
    text: &str,
) -> HandlerResult
where
    B: Telegram,
{
    let engine = ctx.answerer.engine();
    let kb = &engine.kb;
    let i18n = ctx.i18n();
    match kb.find_district(text) {
        DistrictMatch::Exact(i) => {
            let d = &kb.districts[i];
            ctx.store.set_district(user_id, &d.key()).await?;
            let msg = i18n.message(
                lang,
                "district-set",
                &args(&[
                    ("district", &d.name_in(lang)),
                    ("state", &d.display_state()),
                ]),
            );
            send_html(bot, chat, &escape(&msg), None).await?;
        }
        DistrictMatch::Candidates(list) => {
            let rows: Vec<Vec<InlineKeyboardButton>> = list
                .iter()
                .map(|&i| {
                    let d = &kb.districts[i];
                    let label = format!("{} ({})", d.name_in(lang), d.display_state());
                    vec![button(
                        short(&label, 60),
                        Callback::District {
                            index: i,
                            check: district_check(&d.key()),
                        },
                    )]
                })
                .collect();
            let prompt = if list.len() == 1 {
                let d = &kb.districts[list[0]];
                i18n.message(
                    lang,
                    "district-confirm",
                    &args(&[
                        ("district", &d.name_in(lang)),
                        ("state", &d.display_state()),
                    ]),
                )
            } else {
                i18n.get(lang, "district-choose")
            };
            ctx.store
                .set_state(user_id, DialogueState::AwaitingDistrict)
                .await?;
            send_html(
                bot,
                chat,
                &escape(&prompt),
                Some(InlineKeyboardMarkup::new(rows)),
            )
            .await?;
        }
        DistrictMatch::None => {
            ctx.store
                .set_state(user_id, DialogueState::AwaitingDistrict)
                .await?;
            let msg = i18n.message(
                lang,
                "district-not-found",
                &args(&[("query", &short(text, 60))]),
            );
            send_html(bot, chat, &escape(&msg), None).await?;
        }
    }
    Ok(())
}

/// A question: the same answer `export-helpdesk ask` gives, with feedback and officer buttons.
async fn question<B>(
    bot: &B,
    ctx: &Context,
    chat: ChatId,
    user_id: i64,
    lang: Lang,
    text: &str,
) -> HandlerResult
where
    B: Telegram,
{
    let answer = ctx.answerer.ask(text, lang);
    let top = answer.results.first().map(|r| r.id.as_str());
    let stored: String = text.chars().take(4096).collect();
    let qid = ctx
        .store
        .log_question(
            user_id,
            lang,
            &stored,
            answer.answered,
            answer.confidence,
            top,
        )
        .await?;
    let i18n = ctx.i18n();
    let mut html = answer.reply.html();
    let mut rows = Vec::new();
    if answer.answered {
        rows.push(vec![
            button(
                i18n.get(lang, "button-helpful"),
                Callback::Feedback {
                    question: qid,
                    helpful: true,
                },
            ),
            button(
                i18n.get(lang, "button-not-helpful"),
                Callback::Feedback {
                    question: qid,
                    helpful: false,
                },
            ),
        ]);
        let suggestions: Vec<_> = answer
            .suggestions
            .iter()
            .map(|(id, title)| (Callback::Show(id.clone()), title))
            .filter(|(c, _)| c.fits())
            .collect();
        if !suggestions.is_empty() {
            html.push_str(&format!(
                "\n\n<i>{}</i>",
                escape(&i18n.get(lang, "did-you-mean"))
            ));
            for (c, title) in suggestions {
                rows.push(vec![button(short(title, 60), c)]);
            }
        }
    }
    rows.push(vec![button(
        i18n.get(lang, "button-officer"),
        Callback::Officer { question: qid },
    )]);
    send_html(bot, chat, &html, Some(InlineKeyboardMarkup::new(rows))).await?;
    Ok(())
}

/// Opens a ticket for a logged question: the officers are notified and the user gets its
/// number, both through the outbox. A user with no district is asked for it first.
async fn open_ticket<B>(
    bot: &B,
    ctx: &Context,
    chat: ChatId,
    user_id: i64,
    lang: Lang,
    question: i64,
) -> HandlerResult
where
    B: Telegram,
{
    let user = ctx.store.user(user_id).await?;
    let Some(district) = user.and_then(|u| u.district) else {
        ctx.store
            .set_state(user_id, DialogueState::AwaitingDistrict)
            .await?;
        send_html(
            bot,
            chat,
            &escape(&ctx.i18n().get(lang, "ticket-need-district")),
            None,
        )
        .await?;
        return Ok(());
    };
    crate::escalation::open_ticket(
        &ctx.store,
        &ctx.answerer,
        user_id,
        lang,
        question,
        &district,
    )
    .await?;
    Ok(())
}

/// Who acts as the officer: in a group registered as a district desk (its chat id is an
/// officer), any member acts for the desk; elsewhere the sender themself.
async fn acting_officer(
    ctx: &Context,
    chat: ChatId,
    user_id: i64,
) -> Result<i64, crate::store::StoreError> {
    if chat.0 < 0 && ctx.store.officer(chat.0).await?.is_some() {
        return Ok(chat.0);
    }
    Ok(user_id)
}

/// Tells an officer (or someone who is not one) why an action was refused.
async fn refuse<B>(
    bot: &B,
    ctx: &Context,
    chat: ChatId,
    lang: Lang,
    refusal: crate::escalation::Refusal,
    ticket: i64,
) -> HandlerResult
where
    B: Telegram,
{
    let msg = ctx.i18n().message(
        lang,
        refusal.message_id(),
        &args(&[("ticket", &ticket.to_string())]),
    );
    send_html(bot, chat, &escape(&msg), None).await?;
    Ok(())
}

/// An officer's answer to a ticket (`/reply N text`, or a reply to the ticket's message).
#[allow(clippy::too_many_arguments)]
async fn officer_answer<B>(
    bot: &B,
    ctx: &Context,
    chat: ChatId,
    officer_id: i64,
    lang: Lang,
    ticket: i64,
    text: &str,
    source: i64,
) -> HandlerResult
where
    B: Telegram,
{
    let outcome = crate::escalation::officer_reply(
        &ctx.store,
        &ctx.answerer,
        officer_id,
        ticket,
        text,
        source,
    )
    .await?;
    if let Err(refusal) = outcome {
        let msg = ctx.i18n().message(
            lang,
            refusal.message_id(),
            &args(&[("ticket", &ticket.to_string())]),
        );
        send_html(bot, chat, &escape(&msg), None).await?;
    }
    Ok(())
}

async fn on_edited<B>(bot: B, msg: Message, ctx: Arc<Context>) -> HandlerResult
where
    B: Telegram,
{
    let Some(from) = msg.from.clone() else {
        return Ok(());
    };
    if !msg.chat.is_private() || from.is_bot {
        return Ok(());
    }
    let user = ctx
        .store
        .touch_user(from.id.0 as i64, app_language(&from))
        .await?;
    let lang = user
        .language
        .or(app_language(&from))
        .unwrap_or(ctx.default_language);
    send_html(
        &bot,
        msg.chat.id,
        &escape(&ctx.i18n().get(lang, "edited-message")),
        None,
    )
    .await?;
    Ok(())
}

async fn on_callback<B>(bot: B, q: CallbackQuery, ctx: Arc<Context>) -> HandlerResult
where
    B: Telegram,
{
    let user_id = q.from.id.0 as i64;
    let app_lang = app_language(&q.from);
    let user = ctx.store.touch_user(user_id, app_lang).await?;
    let lang = user.language.or(app_lang).unwrap_or(ctx.default_language);
    let i18n = ctx.i18n();
    let stale =
        || async { answer_callback(&bot, &q.id, Some(i18n.get(lang, "stale-button"))).await };
    let (Some(data), Some(chat)) = (
        q.data.as_deref().and_then(Callback::parse),
        q.message.as_ref().map(|m| m.chat().id),
    ) else {
        stale().await;
        return Ok(());
    };
    match data {
        Callback::Language(new) => {
            ctx.store.set_language(user_id, new).await?;
            answer_callback(&bot, &q.id, None).await;
            let mut text = escape(&i18n.get(new, "language-set"));
            if user.district.is_none() {
                ctx.store
                    .set_state(user_id, DialogueState::AwaitingDistrict)
                    .await?;
                text.push_str("\n\n");
                text.push_str(&escape(&i18n.get(new, "start-pick-district")));
            }
            send_html(&bot, chat, &text, None).await?;
        }
        Callback::District { index, check } => {
            let engine = ctx.answerer.engine();
            match engine
                .kb
                .districts
                .get(index)
                .filter(|d| district_check(&d.key()) == check)
            {
                Some(d) => {
                    ctx.store.set_district(user_id, &d.key()).await?;
                    answer_callback(&bot, &q.id, None).await;
                    let msg = i18n.message(
                        lang,
                        "district-set",
                        &args(&[
                            ("district", &d.name_in(lang)),
                            ("state", &d.display_state()),
                        ]),
                    );
                    send_html(&bot, chat, &escape(&msg), None).await?;
                }
                None => stale().await,
            }
        }
        Callback::Feedback { question, helpful } => {
            let Some(row) = ctx
                .store
                .question(question)
                .await?
                .filter(|r| r.telegram_id == user_id)
            else {
                stale().await;
                return Ok(());
            };
            ctx.store.feedback(row.id, user_id, helpful).await?;
            if helpful {
                answer_callback(&bot, &q.id, Some(i18n.get(lang, "feedback-thanks"))).await;
            } else {
                answer_callback(&bot, &q.id, None).await;
                let kb = InlineKeyboardMarkup::new(vec![vec![
                    button(
                        i18n.get(lang, "button-officer"),
                        Callback::Officer { question: row.id },
                    ),
                    button(i18n.get(lang, "button-no"), Callback::Dismiss),
                ]]);
                send_html(
                    &bot,
                    chat,
                    &escape(&i18n.get(lang, "feedback-sorry")),
                    Some(kb),
                )
                .await?;
            }
        }
        Callback::Officer { question } => {
            if ctx
                .store
                .question(question)
                .await?
                .filter(|r| r.telegram_id == user_id)
                .is_none()
            {
                stale().await;
                return Ok(());
            }
            answer_callback(&bot, &q.id, None).await;
            open_ticket(&bot, &ctx, chat, user_id, lang, question).await?;
        }
        Callback::Show(id) => match ctx.answerer.show(&id, lang) {
            Some(reply) => {
                answer_callback(&bot, &q.id, None).await;
                send_html(&bot, chat, &reply.html(), None).await?;
            }
            None => stale().await,
        },
        Callback::Forget(true) => {
            ctx.store.forget(user_id).await?;
            answer_callback(&bot, &q.id, None).await;
            send_html(&bot, chat, &escape(&i18n.get(lang, "forget-done")), None).await?;
        }
        Callback::Forget(false) => {
            answer_callback(&bot, &q.id, None).await;
            send_html(&bot, chat, &escape(&i18n.get(lang, "cancelled")), None).await?;
        }
        Callback::Dismiss => answer_callback(&bot, &q.id, None).await,
        Callback::Claim { ticket } => {
            use crate::escalation::Claim;
            let acting = acting_officer(&ctx, chat, user_id).await?;
            let text =
                match crate::escalation::claim(&ctx.store, &ctx.answerer, acting, ticket).await? {
                    Claim::Claimed => i18n.message(
                        lang,
                        "officer-claimed",
                        &args(&[("ticket", &ticket.to_string())]),
                    ),
                    Claim::TakenBy(name) => i18n.message(
                        lang,
                        "officer-claimed-by-other",
                        &args(&[("ticket", &ticket.to_string()), ("officer", &name)]),
                    ),
                    Claim::Refused(r) => i18n.message(
                        lang,
                        r.message_id(),
                        &args(&[("ticket", &ticket.to_string())]),
                    ),
                };
            answer_callback(&bot, &q.id, None).await;
            send_html(&bot, chat, &escape(&text), None).await?;
        }
        Callback::Transfer { ticket: _ } => {
            answer_callback(&bot, &q.id, None).await;
            send_html(
                &bot,
                chat,
                &escape(&i18n.get(lang, "officer-usage-transfer")),
                None,
            )
            .await?;
        }
        Callback::Rate { ticket, stars } => {
            if ctx
                .store
                .rate_ticket(ticket, user_id, i32::from(stars))
                .await?
            {
                ctx.store
                    .audit(Some(ticket), user_id, "rated", &stars.to_string())
                    .await?;
                answer_callback(&bot, &q.id, Some(i18n.get(lang, "ticket-rating-thanks"))).await;
            } else {
                stale().await;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_parsed_with_and_without_the_bot_name() {
        assert_eq!(
            parse_command("/start", "helpdesk_bot"),
            Some(("start".into(), ""))
        );
        assert_eq!(
            parse_command("/HS 0910 30", "helpdesk_bot"),
            Some(("hs".into(), "0910 30"))
        );
        assert_eq!(
            parse_command("/district@Helpdesk_Bot Agra", "helpdesk_bot"),
            Some(("district".into(), "Agra"))
        );
        assert_eq!(parse_command("/start@other_bot", "helpdesk_bot"), None);
        assert_eq!(parse_command("/", "helpdesk_bot"), None);
        assert_eq!(parse_command("/निर्यात", "helpdesk_bot"), None);
        assert_eq!(parse_command("no command", "helpdesk_bot"), None);
    }
}
