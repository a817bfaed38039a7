//! Access control, proven as a table: every officer command and officer button, tried by a
//! non-officer, an officer of another district, of the ticket's district, of its state, of
//! its DGFT Regional Authority and an admin, on a ticket of Moradabad, a ticket of another
//! state and a ticket that does not exist, with forged button data. Each row says what the
//! one who acted sees and whether the ticket's user hears of it.

use crate::common;

use std::time::Duration;

use common::app::TestApp;
use common::backend::{Backend, backend_tests};
use export_helpdesk::bot::flood::Flood;
use export_helpdesk::store::{Store, TelegramId, TicketId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    NonOfficer,
    OtherDistrict,
    SameDistrict,
    State,
    Ra,
    Admin,
}

/// What is tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Act {
    Reply,
    Close,
    Transfer,
    Queue,
    Invite,
    /// The Claim button (`c:N`) under the ticket's notification.
    Claim,
    /// The Transfer button (`t:N`).
    TransferButton,
    /// A reply to the ticket's notification: the real one in the district officer's chat, or
    /// a forged one (the same message id, in the actor's own chat).
    ReplyTo,
    /// Button data made up by the actor: `c:N` garbled, the ticket user's rating and
    /// "Talk to an officer" buttons pressed by someone else.
    Garbled,
    ForeignRating,
    ForeignOfficerButton,
}

/// Which ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum On {
    /// A ticket of UTTAR PRADESH/MORADABAD (RA moradabad).
    Here,
    /// A ticket of RAJASTHAN/JODHPUR.
    Elsewhere,
    /// A ticket number nobody has.
    Missing,
}

/// What the actor sees: a message (or button notice) containing this, `{N}` the ticket
/// number; `Listed`/`NotListed` for /queue; `AnyReply` when the text is simply answered as a
/// question.
#[derive(Debug, Clone, Copy)]
enum Sees {
    Text(&'static str),
    Notice(&'static str),
    Listed,
    NotListed,
    AnyReply,
}

const NOT_OFFICER: Sees = Sees::Text("only for registered export officers");
const NOT_HERE: Sees = Sees::Text("Ticket #{N} is not in your jurisdiction");
const NO_TICKET: Sees = Sees::Text("There is no ticket #{N}");
const STALE: Sees = Sees::Notice("no longer active");
/// What the ticket's user gets when an officer answers, and when one closes it.
const ANSWER: &str = "Answer from the";
const CLOSED: &str = "is closed. How helpful";

/// (what, who, on which ticket, what they see, what the ticket's user sees).
#[derive(Debug, Clone, Copy)]
struct Row(Act, Role, On, Sees, Option<&'static str>);

fn table() -> Vec<Row> {
    use Act::*;
    use On::*;
    use Role::*;
    let allowed = [SameDistrict, State, Ra, Admin];
    let mut rows = Vec::new();
    for act in [Reply, Close, Transfer, Claim, TransferButton] {
        let (done, user): (Sees, Option<&str>) = match act {
            Reply => (
                Sees::Text("Your answer to ticket #{N} was sent"),
                Some(ANSWER),
            ),
            Close => (Sees::Text("Ticket #{N} is closed."), Some(CLOSED)),
            Transfer => (Sees::Text("Ticket #{N} was transferred to Agra"), None),
            Claim => (Sees::Text("Ticket #{N} is yours"), None),
            _ => (Sees::Text("Usage: /transfer"), None),
        };
        rows.push(Row(act, NonOfficer, Here, NOT_OFFICER, None));
        rows.push(Row(act, OtherDistrict, Here, NOT_HERE, None));
        for role in allowed {
            rows.push(Row(act, role, Here, done, user));
        }
        // A ticket number from another district and state: only the admin may.
        for role in [SameDistrict, State, Ra] {
            rows.push(Row(act, role, Elsewhere, NOT_HERE, None));
        }
        rows.push(Row(act, Admin, Elsewhere, done, user));
        rows.push(Row(act, NonOfficer, Missing, NOT_OFFICER, None));
        rows.push(Row(act, SameDistrict, Missing, NO_TICKET, None));
    }
    rows.push(Row(Queue, NonOfficer, Here, NOT_OFFICER, None));
    rows.push(Row(Queue, OtherDistrict, Here, Sees::NotListed, None));
    for role in allowed {
        rows.push(Row(Queue, role, Here, Sees::Listed, None));
    }
    rows.push(Row(Queue, SameDistrict, Elsewhere, Sees::NotListed, None));
    for role in [NonOfficer, OtherDistrict, SameDistrict, State, Ra] {
        rows.push(Row(Invite, role, Here, NOT_OFFICER, None));
    }
    rows.push(Row(
        Invite,
        Admin,
        Here,
        Sees::Text("One-time invite code"),
        None,
    ));
    rows.push(Row(
        ReplyTo,
        SameDistrict,
        Here,
        Sees::Text("Your answer to ticket #{N} was sent"),
        Some(ANSWER),
    ));
    for role in [NonOfficer, OtherDistrict, Admin] {
        rows.push(Row(ReplyTo, role, Here, Sees::AnyReply, None));
    }
    for role in [NonOfficer, SameDistrict, Admin] {
        rows.push(Row(Garbled, role, Here, STALE, None));
        rows.push(Row(ForeignRating, role, Here, STALE, None));
        rows.push(Row(ForeignOfficerButton, role, Here, STALE, None));
    }
    rows
}

/// The six people, and the ticket districts' users.
struct People {
    ids: Vec<(Role, i64)>,
}

impl People {
    fn of(&self, role: Role) -> i64 {
        self.ids.iter().find(|(r, _)| *r == role).unwrap().1
    }
}

async fn people(app: &TestApp) -> People {
    let ids = vec![
        (Role::NonOfficer, common::unique_id()),
        (
            Role::OtherDistrict,
            app.district_officer("UTTAR PRADESH/AGRA").await,
        ),
        (
            Role::SameDistrict,
            app.district_officer("UTTAR PRADESH/MORADABAD").await,
        ),
        (Role::State, app.state_officer("UTTAR PRADESH").await),
        (Role::Ra, app.ra_officer("moradabad").await),
        (Role::Admin, app.admin().await),
    ];
    People { ids }
}

fn texts_of(app: &TestApp, chat: i64) -> Vec<String> {
    app.telegram
        .delivered(chat)
        .iter()
        .map(|m| m["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The message id of the notification of ticket `n` delivered to `officer`.
fn notification_id(app: &TestApp, officer: i64, n: TicketId) -> Option<i64> {
    let needle = format!("New ticket #{n} ");
    let texts = texts_of(app, officer);
    let ids = app.telegram.delivered_ids(officer);
    texts
        .iter()
        .zip(ids)
        .find(|(t, _)| t.contains(&needle))
        .map(|(_, id)| id)
}

/// Runs one row; `Err` says what went wrong.
async fn run(app: &TestApp, store: &Store, who: &People, row: &Row) -> Result<(), String> {
    let Row(act, role, on, sees, user_sees) = *row;
    let actor = who.of(role);
    let (user, ticket) = match on {
        On::Here | On::Elsewhere => {
            let district = if on == On::Here {
                "UTTAR PRADESH/MORADABAD"
            } else {
                "RAJASTHAN/JODHPUR"
            };
            let user = app.user_in(district).await;
            let n = app
                .open_ticket(user, &format!("access question {}", common::unique_id()))
                .await;
            (user, n)
        }
        On::Missing => (
            app.user_in("UTTAR PRADESH/MORADABAD").await,
            TicketId(9_000_000_000),
        ),
    };
    let before_user = texts_of(app, user).len();
    let before_actor = texts_of(app, actor).len();
    let before_notices = app.telegram.callback_answers().len();
    let reply_text = format!("row reply {}", common::unique_id());
    let t = &app.telegram;
    match act {
        Act::Reply => t.text(actor, "en", &format!("/reply {ticket} {reply_text}")),
        Act::Close => t.text(actor, "en", &format!("/close {ticket}")),
        Act::Transfer => t.text(actor, "en", &format!("/transfer {ticket} Agra")),
        Act::Queue => t.text(actor, "en", "/queue"),
        Act::Invite => t.text(actor, "en", "/invite district Agra"),
        Act::Claim => t.press(actor, "en", &format!("c:{ticket}")),
        Act::TransferButton => t.press(actor, "en", &format!("t:{ticket}")),
        Act::Garbled => t.press(actor, "en", &format!("c:{ticket}x")),
        Act::ForeignRating => {
            store
                .close_ticket(ticket)
                .await
                .map_err(|e| e.to_string())?;
            t.press(actor, "en", &format!("r:{ticket}:5"));
        }
        Act::ForeignOfficerButton => {
            let question = store.ticket(ticket).await.unwrap().unwrap().question;
            t.press(actor, "en", &format!("o:{question}"));
        }
        Act::ReplyTo => {
            let district_officer = who.of(Role::SameDistrict);
            let mut id = None;
            for _ in 0..100 {
                id = notification_id(app, district_officer, ticket);
                if id.is_some() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            let id = id.ok_or("the district officer got no notification")?;
            t.reply(actor, "en", &reply_text, id);
        }
    }
    let n = ticket.to_string();
    let what = format!("{row:?}");
    let expected = |s: &str| s.replace("{N}", &n);
    match sees {
        Sees::Text(s) => {
            let s = expected(s);
            t.wait_until_for(
                Duration::from_secs(20),
                |_| {
                    texts_of(app, actor)[before_actor..]
                        .iter()
                        .any(|m| m.contains(&s))
                },
                &format!("{what}: {s:?} to the actor"),
            )
            .await;
        }
        Sees::Notice(s) => {
            t.wait_until_for(
                Duration::from_secs(20),
                |f| {
                    f.callback_answers()[before_notices..]
                        .iter()
                        .any(|a| a["text"].as_str().is_some_and(|x| x.contains(s)))
                },
                &format!("{what}: the notice {s:?}"),
            )
            .await;
        }
        Sees::Listed | Sees::NotListed | Sees::AnyReply => {
            t.wait_until_for(
                Duration::from_secs(20),
                |_| texts_of(app, actor).len() > before_actor,
                &format!("{what}: a reply to the actor"),
            )
            .await;
            let shown = texts_of(app, actor)[before_actor..].join("\n");
            let listed = shown.contains(&format!("#{n} ·"));
            match sees {
                Sees::Listed if !listed => return Err(format!("#{n} not in the queue: {shown}")),
                Sees::NotListed if listed => return Err(format!("#{n} in the queue: {shown}")),
                _ => {}
            }
        }
    }
    match user_sees {
        Some(s) => {
            t.wait_until_for(
                Duration::from_secs(20),
                |_| {
                    texts_of(app, user)[before_user..]
                        .iter()
                        .any(|m| m.contains(s))
                },
                &format!("{what}: {s:?} to the ticket's user"),
            )
            .await;
        }
        None => {
            // Give the outbox time to deliver anything it wrongly queued.
            tokio::time::sleep(Duration::from_millis(600)).await;
            let heard = &texts_of(app, user)[before_user..];
            let leaked = heard
                .iter()
                .find(|m| m.contains(&reply_text) || m.contains(ANSWER) || m.contains(CLOSED));
            if let Some(m) = leaked {
                return Err(format!("the user was told {m:?}"));
            }
        }
    }
    if role == Role::NonOfficer {
        let officer = store
            .officer(TelegramId(actor))
            .await
            .map_err(|e| e.to_string())?;
        if officer.is_some() {
            return Err("a non-officer became an officer".into());
        }
    }
    Ok(())
}

backend_tests! {
    async fn every_officer_command_and_button_is_allowed_exactly_to_the_jurisdictions_that_cover_the_ticket(
        backend: Backend,
        store: Store,
    ) {
        let app = TestApp::spawn_on_with_flood(
            store.clone(),
            Flood::new(10_000, Duration::from_secs(60)),
        )
        .await;
        let who = people(&app).await;
        let rows = table();
        assert!(rows.len() > 60, "the table covers every command and button");
        let mut failures = Vec::new();
        for row in &rows {
            if let Err(e) = run(&app, &store, &who, row).await {
                failures.push(format!("{:?}: {e}", (row.0, row.1, row.2)));
            }
        }
        assert!(failures.is_empty(), "{backend}:\n{}", failures.join("\n"));
    }
}
