//! Escalation through the fake Bot API: user → ticket → officer → user, routing, access, and
//! delivery through the outbox — on SQLite and on PostgreSQL.

use crate::common;

use common::app::TestApp;
use common::backend::{Backend, backend_tests};
use common::telegram::Fault;
use common::unique_id;
use export_helpdesk::store::{Author, Jurisdiction, Level, TelegramId};

backend_tests! {
    async fn a_question_reaches_the_district_officer_and_the_answer_comes_back(
        backend: Backend,
        app: TestApp,
    ) {
        let officer_id = app.district_officer("UTTAR PRADESH/MORADABAD").await;
        let user = app.user_in("UTTAR PRADESH/MORADABAD").await;

        let ticket = app
            .open_ticket(user, "Can I send <b>brass</b> lamps by post?")
            .await;
        let note = app.wait_for(officer_id, &format!("#{ticket}")).await;
        assert!(
            note.contains("&lt;b&gt;brass&lt;/b&gt;"),
            "{backend}: user text is escaped for the officer: {note}"
        );
        assert!(note.contains("Moradabad"), "{note}");

        app.telegram.text(
            officer_id,
            "en",
            &format!("/reply {ticket} Yes: book it at a Dak Ghar Niryat Kendra."),
        );
        let answer = app.wait_for(user, "Dak Ghar Niryat Kendra").await;
        assert!(
            answer.contains("export desk") && answer.contains(&format!("#{ticket}")),
            "{backend}: {answer}"
        );
        app.wait_for(officer_id, "was sent to the user").await;

        // The user can reply back: the officer who answered holds the ticket now.
        app.telegram
            .text(user, "en", "Thank you! Which post office?");
        let follow = app.wait_for(officer_id, "Which post office?").await;
        assert!(
            follow.contains(&format!("#{ticket}")),
            "{backend}: {follow}"
        );

        // The officer can also answer by replying to the ticket's message.
        let note_id = *app.telegram.delivered_ids(officer_id).first().unwrap();
        app.telegram
            .reply(officer_id, "en", "Also register with EPCH.", note_id);
        app.wait_for(user, "Also register with EPCH.").await;

        let thread = app.store.ticket_messages(ticket).await.unwrap();
        assert_eq!(
            thread.len(),
            4,
            "{backend}: question, answer, follow-up, answer: {thread:?}"
        );
        assert_eq!(thread[0].author, Author::User);
        assert_eq!(
            app.store.audit_of(ticket).await.unwrap(),
            ["opened", "claimed", "answered", "answered"]
        );
        app.telegram.settle().await;
        assert_eq!(
            app.store.outbox_pending().await.unwrap(),
            0,
            "{backend}: nothing left undelivered"
        );
        let answers = app
            .telegram
            .delivered(user)
            .iter()
            .filter(|m| m["text"].as_str().unwrap().contains("Dak Ghar"))
            .count();
        assert_eq!(answers, 1, "{backend}: the answer is delivered once");
    }
}

backend_tests! {
    async fn officer_commands_are_refused_to_non_officers_and_to_other_districts(app: TestApp) {
        let stranger = unique_id();
        app.district_officer("UTTAR PRADESH/MORADABAD").await;
        let agra = app.district_officer("UTTAR PRADESH/AGRA").await;
        let user = app.user_in("UTTAR PRADESH/MORADABAD").await;
        let ticket = app.open_ticket(user, "Which council for brassware?").await;

        app.telegram.text(
            stranger,
            "en",
            &format!("/reply {ticket} I am not an officer"),
        );
        app.wait_for(stranger, "only for registered export officers")
            .await;
        app.telegram
            .text(agra, "en", &format!("/reply {ticket} Not my district"));
        app.wait_for(agra, "not in your jurisdiction").await;
        app.telegram.settle().await;
        for m in app.telegram.delivered(user) {
            let t = m["text"].as_str().unwrap();
            assert!(
                !t.contains("not an officer") && !t.contains("Not my district"),
                "nothing relayed: {t}"
            );
        }
        assert!(
            app.telegram
                .delivered(agra)
                .iter()
                .all(|m| !m["text"].as_str().unwrap().contains("Which council")),
            "the Agra officer never saw the question"
        );
    }
}

backend_tests! {
    async fn a_district_without_officers_goes_to_the_state_officer_then_to_admins(app: TestApp) {
        let state_officer = app.state_officer("RAJASTHAN").await;
        let user = app.user_in("RAJASTHAN/JODHPUR").await;
        app.telegram
            .text(user, "en", "/officer Export of wooden furniture");
        app.wait_for(state_officer, "wooden furniture").await;

        let admin = app.admin().await;
        let user2 = app.user_in("KERALA/IDUKKI").await;
        app.telegram
            .text(user2, "en", "/officer cardamom auction question");
        app.wait_for(admin, "cardamom auction").await;
        assert!(
            app.telegram
                .delivered(state_officer)
                .iter()
                .all(|m| !m["text"].as_str().unwrap().contains("cardamom"))
        );
    }
}

backend_tests! {
    async fn a_user_without_a_district_is_asked_for_it_before_a_ticket_opens(app: TestApp) {
        let user = unique_id();
        app.telegram
            .text(user, "en", "/officer a question for the desk");
        let asked = app.wait_for(user, "district").await;
        assert!(asked.contains("PIN"), "{asked}");
        assert!(app.store.open_tickets(TelegramId(user)).await.unwrap().is_empty());
    }
}

backend_tests! {
    async fn the_outbox_retries_a_429_and_delivers_the_officer_notification_once(app: TestApp) {
        let officer_id = app.district_officer("BIHAR/BHAGALPUR").await;
        let user = app.user_in("BIHAR/BHAGALPUR").await;
        app.telegram.fail_next("sendMessage", Fault::RetryAfter(1));
        app.telegram.fail_next("sendMessage", Fault::ServerError);
        app.telegram
            .text(user, "en", "/officer silk saree export documents");
        app.telegram
            .wait_until_for(
                std::time::Duration::from_secs(40),
                |f| !f.delivered(officer_id).is_empty() && !f.delivered(user).is_empty(),
                "both messages",
            )
            .await;
        app.telegram.settle().await;
        assert_eq!(
            app.telegram.delivered(officer_id).len(),
            1,
            "once to the officer"
        );
        assert_eq!(app.telegram.delivered(user).len(), 1, "once to the user");
        assert_eq!(app.store.outbox_pending().await.unwrap(), 0);
    }
}

backend_tests! {
    async fn a_claimed_ticket_owns_the_users_follow_ups_until_it_is_closed_and_rated(
        backend: Backend,
        app: TestApp,
    ) {
        let officer_id = app.district_officer("TAMIL NADU/TIRUPPUR").await;
        let user = app.user_in("TAMIL NADU/TIRUPPUR").await;
        let ticket = app
            .open_ticket(user, "knitted garments buyer in Spain")
            .await;
        app.wait_for(officer_id, "knitted garments").await;
        let buttons =
            app.telegram.delivered(officer_id)[0]["reply_markup"]["inline_keyboard"][0].clone();
        assert_eq!(
            buttons[0]["callback_data"],
            format!("c:{ticket}"),
            "{backend}: a Claim button"
        );

        app.telegram.press(officer_id, "en", &format!("c:{ticket}"));
        app.wait_for(officer_id, "is yours").await;
        app.telegram.text(officer_id, "en", "/queue");
        let queue = app.wait_for(officer_id, "Open tickets").await;
        assert!(
            queue.contains(&format!("#{ticket}")) && queue.contains("claimed"),
            "{backend}: {queue}"
        );

        app.telegram.text(user, "en", "Also, what is RoDTEP?");
        let follow = app.wait_for(officer_id, "Follow-up").await;
        assert!(
            follow.contains("Also, what is RoDTEP?"),
            "{backend}: the follow-up goes to the officer, not the bot: {follow}"
        );
        app.wait_for(
            user,
            &format!("Sent to the officer handling ticket #{ticket}"),
        )
        .await;

        app.telegram
            .text(officer_id, "en", &format!("/close {ticket}"));
        app.wait_for(user, "How helpful").await;
        let stars = app.telegram.delivered(user).last().unwrap()["reply_markup"]["inline_keyboard"]
            [0]
        .as_array()
        .unwrap()
        .len();
        assert_eq!(stars, 5, "{backend}: rate 1 to 5");
        app.telegram.press(user, "en", &format!("r:{ticket}:4"));
        app.telegram
            .wait_until(
                |f| {
                    f.callback_answers().iter().any(|a| {
                        a["text"]
                            .as_str()
                            .is_some_and(|t| t.contains("Thank you for rating"))
                    })
                },
                "the rating thanks",
            )
            .await;
        assert_eq!(
            app.store.ticket(ticket).await.unwrap().unwrap().rating,
            Some(4),
            "{backend}"
        );

        app.telegram.text(user, "en", "What is RoDTEP?");
        app.wait_for(user, "Remission of Duties").await;
        assert_eq!(
            app.store.audit_of(ticket).await.unwrap(),
            ["opened", "claimed", "closed", "rated"],
            "{backend}: every step is in the audit log"
        );
    }
}

backend_tests! {
    async fn an_officer_can_transfer_a_ticket_to_another_district(app: TestApp) {
        let agra = app.district_officer("UTTAR PRADESH/AGRA").await;
        let moradabad = app.district_officer("UTTAR PRADESH/MORADABAD").await;
        let user = app.user_in("UTTAR PRADESH/AGRA").await;
        let ticket = app.open_ticket(user, "brass lamp exports").await;
        app.wait_for(agra, "brass lamp").await;
        app.telegram
            .text(agra, "en", &format!("/transfer {ticket} Moradabad"));
        app.wait_for(agra, "was transferred to Moradabad").await;
        app.wait_for(moradabad, "brass lamp").await;
        app.telegram.text(
            moradabad,
            "en",
            &format!("/reply {ticket} Contact EPCH Moradabad."),
        );
        app.wait_for(user, "Contact EPCH Moradabad.").await;
        app.telegram.text(agra, "en", &format!("/close {ticket}"));
        app.wait_for(agra, "not in your jurisdiction").await;
    }
}

backend_tests! {
    async fn an_unanswered_ticket_gets_a_reminder_then_climbs_to_the_state_and_the_admins(
        backend: Backend,
        app: TestApp,
    ) {
        use export_helpdesk::escalation::sla::{Sla, tick};
        // A district of its own state, so no other test's officers interfere on PostgreSQL.
        let district_officer = app.district_officer("SIKKIM/PAKYONG").await;
        let state_officer = app.state_officer("SIKKIM").await;
        let admin = app.admin().await;
        let user = app.user_in("SIKKIM/PAKYONG").await;
        let ticket = app.open_ticket(user, "large cardamom export licence").await;
        app.wait_for(district_officer, "large cardamom").await;
        let created = app.store.ticket(ticket).await.unwrap().unwrap().created;
        let every_day = Sla {
            working_days: vec![
                chrono::Weekday::Mon,
                chrono::Weekday::Tue,
                chrono::Weekday::Wed,
                chrono::Weekday::Thu,
                chrono::Weekday::Fri,
                chrono::Weekday::Sat,
                chrono::Weekday::Sun,
            ],
            ..Sla::default()
        };
        let answerer = common::shared_answerer();
        let hour = 3600;

        let r = tick(&app.store, answerer, &every_day, created + 23 * hour)
            .await
            .unwrap();
        assert!(!r.reminded.contains(&ticket), "{backend}: not yet");
        let r = tick(&app.store, answerer, &every_day, created + 25 * hour)
            .await
            .unwrap();
        assert!(
            r.reminded.contains(&ticket),
            "{backend}: reminded after 24 h"
        );
        app.wait_for(district_officer, "Reminder").await;
        let r = tick(&app.store, answerer, &every_day, created + 26 * hour)
            .await
            .unwrap();
        assert!(
            !r.reminded.contains(&ticket),
            "{backend}: one reminder, not one a tick"
        );

        let r = tick(&app.store, answerer, &every_day, created + 73 * hour)
            .await
            .unwrap();
        assert!(r.escalated.contains(&(ticket, Level::State)), "{backend}: {r:?}");
        let note = app.wait_for(state_officer, "escalated to you").await;
        assert!(note.contains("large cardamom"), "{note}");
        let r = tick(&app.store, answerer, &every_day, created + 145 * hour)
            .await
            .unwrap();
        assert!(
            r.escalated.contains(&(ticket, Level::Admin)),
            "{backend}: no RA officer, so the admins: {r:?}"
        );
        app.wait_for(admin, "escalated to you").await;
        let log = app.store.audit_of(ticket).await.unwrap();
        assert_eq!(
            log,
            ["opened", "reminded", "escalated", "escalated"],
            "{backend}"
        );

        // An answered ticket is not escalated further.
        app.telegram.text(
            admin,
            "en",
            &format!("/reply {ticket} Large cardamom is Free; register with the Spices Board."),
        );
        app.wait_for(user, "Spices Board").await;
        let r = tick(&app.store, answerer, &every_day, created + 1000 * hour)
            .await
            .unwrap();
        assert!(
            !r.escalated.iter().any(|(t, _)| *t == ticket) && !r.reminded.contains(&ticket),
            "{backend}"
        );
    }
}

backend_tests! {
    async fn an_admin_invites_an_officer_who_joins_once_with_the_code(app: TestApp) {
        let (newcomer, someone) = (unique_id(), unique_id());
        app.telegram
            .text(someone, "en", "/invite district Moradabad");
        app.wait_for(someone, "only for registered export officers")
            .await;

        let admin = app.admin().await;
        app.telegram.text(admin, "en", "/invite district Moradabad");
        let created = app.wait_for(admin, "/join").await;
        let code = created
            .split("/join ")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_string();
        assert_eq!(code.len(), 16, "{created}");

        app.telegram.text(newcomer, "en", &format!("/join {code}"));
        let joined = app.wait_for(newcomer, "You are now registered").await;
        assert!(joined.contains("Moradabad"), "{joined}");
        let o = app
            .store
            .officer(TelegramId(newcomer))
            .await
            .unwrap()
            .expect("registered");
        assert_eq!(
            o.jurisdiction,
            Jurisdiction::District("UTTAR PRADESH/MORADABAD".into())
        );

        app.telegram.text(someone, "en", &format!("/join {code}"));
        app.wait_for(someone, "not valid or was already used").await;
        assert!(
            app.store.officer(TelegramId(someone)).await.unwrap().is_none(),
            "a used code gives nothing"
        );
    }
}

backend_tests! {
    async fn the_same_officer_question_sent_twice_is_one_ticket(app: TestApp) {
        let officer_id = app.district_officer("GUJARAT/MORBI").await;
        let user = app.user_in("GUJARAT/MORBI").await;
        app.telegram
            .text(user, "en", "/officer ceramic tiles to the USA");
        app.telegram
            .text(user, "en", "/officer ceramic tiles to the USA");
        app.wait_for(officer_id, "ceramic tiles").await;
        app.telegram.settle().await;
        assert_eq!(app.store.open_tickets(TelegramId(user)).await.unwrap().len(), 1);
        assert_eq!(
            app.telegram.delivered(officer_id).len(),
            1,
            "one notification"
        );
        assert_eq!(app.telegram.delivered(user).len(), 1, "one ticket number");
    }
}

backend_tests! {
    async fn a_district_officers_group_gets_tickets_and_any_member_answers_for_the_desk(
        app: TestApp,
    ) {
        let member = unique_id();
        let group = app.district_group("PUNJAB/JALANDHAR").await;
        let user = app.user_in("PUNJAB/JALANDHAR").await;
        let ticket = app.open_ticket(user, "cricket bats to Australia").await;
        app.wait_for(group, "cricket bats").await;
        app.telegram.group_text(
            group,
            member,
            &format!("/reply {ticket} Register with SGEPC first."),
        );
        app.wait_for(user, "Register with SGEPC first.").await;
        let note_id = *app.telegram.delivered_ids(group).first().unwrap();
        app.telegram.group_reply(
            group,
            member,
            "Also see the ECTA certificate of origin.",
            note_id,
        );
        app.wait_for(user, "ECTA certificate of origin").await;
        assert!(
            app.store.officer(TelegramId(member)).await.unwrap().is_none(),
            "the member acts for the desk, not as an officer"
        );
    }
}
