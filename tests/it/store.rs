//! The store keeps users, questions and feedback, the same on SQLite and PostgreSQL.

use crate::common;

use common::backend::{Backend, backend_tests};
use export_helpdesk::lang::Lang;
use export_helpdesk::store::{DialogueState, Store, TelegramId};

backend_tests! {
    async fn a_new_user_gets_their_telegram_language_and_keeps_their_choices(
        backend: Backend,
        store: Store,
    ) {
        let id = TelegramId(common::unique_id());
        let u = store.touch_user(id, Some(Lang::Ta)).await.unwrap();
        assert_eq!(u.language, Some(Lang::Ta), "{backend}");
        assert_eq!(u.state, DialogueState::Idle);
        store.set_language(id, Lang::Hi).await.unwrap();
        store
            .set_state(id, DialogueState::AwaitingDistrict)
            .await
            .unwrap();
        let u = store.touch_user(id, Some(Lang::Ta)).await.unwrap();
        assert_eq!(
            u.language,
            Some(Lang::Hi),
            "{backend}: a later visit keeps the chosen language"
        );
        assert_eq!(u.state, DialogueState::AwaitingDistrict);
        store
            .set_district(id, "UTTAR PRADESH/MORADABAD")
            .await
            .unwrap();
        let u = store.user(id).await.unwrap().unwrap();
        assert_eq!(u.district.as_deref(), Some("UTTAR PRADESH/MORADABAD"));
        assert_eq!(
            u.state,
            DialogueState::Idle,
            "{backend}: choosing a district ends the prompt"
        );
    }
}

backend_tests! {
    async fn questions_and_feedback_are_recorded_and_forget_erases_everything(
        backend: Backend,
        store: Store,
    ) {
        let id = TelegramId(common::unique_id());
        store.touch_user(id, None).await.unwrap();
        let q = store
            .log_question(id, Lang::Bn, "RoDTEP কী?", true, 0.91, Some("rodtep"))
            .await
            .unwrap();
        let row = store.question(q).await.unwrap().unwrap();
        assert_eq!(row.text, "RoDTEP কী?", "{backend}");
        assert!(row.answered);
        store.feedback(q, id, true).await.unwrap();
        store.feedback(q, id, false).await.unwrap();
        assert_eq!(
            store.feedback_of(q, id).await.unwrap(),
            Some(false),
            "{backend}: the last press counts"
        );
        store.forget(id).await.unwrap();
        assert!(store.user(id).await.unwrap().is_none(), "{backend}");
        assert!(store.question(q).await.unwrap().is_none());
        assert_eq!(store.feedback_of(q, id).await.unwrap(), None);
        assert_eq!(store.question_count(id).await.unwrap(), 0);
    }
}

backend_tests! {
    async fn user_text_with_quotes_and_sql_is_stored_as_text(backend: Backend, store: Store) {
        let id = TelegramId(common::unique_id());
        store.touch_user(id, None).await.unwrap();
        let nasty = "'); DROP TABLE users; -- \"$1\" \\ 🙏";
        let q = store
            .log_question(id, Lang::En, nasty, false, 0.0, None)
            .await
            .unwrap();
        assert_eq!(
            store.question(q).await.unwrap().unwrap().text,
            nasty,
            "{backend}"
        );
        assert!(store.user(id).await.unwrap().is_some());
    }
}
