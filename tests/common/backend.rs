//! The two databases a storage test runs on, and `backend_tests!`, which makes one test body
//! into one named test per backend: `<name>::on_sqlite` and `<name>::on_postgres`.
//!
//! SQLite is a fresh file per test. PostgreSQL is a fresh database per test on the server at
//! `TEST_POSTGRES_URL` (default `postgres://postgres@127.0.0.1:5432/test`), so tests running at
//! the same time (each with its own outbox worker) never see each other's rows. When that
//! server is not reachable, `on_postgres` prints a note and passes — unless
//! `REQUIRE_POSTGRES=1` (as in CI), when it fails.

use std::fmt;
use std::time::Duration;

use export_helpdesk::store::Store;

use super::app::TestApp;

/// A database the store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        })
    }
}

/// A fresh, empty database for one test. A SQLite file lives as long as this value; a
/// PostgreSQL database (`eh_test_` and digits) is left on the server for inspection.
pub struct TestDb {
    pub backend: Backend,
    pub url: String,
    _dir: tempfile::TempDir,
}

impl TestDb {
    /// A new database on `backend`; `None`, with a note on stderr, when PostgreSQL is not
    /// reachable and not required.
    pub async fn create(backend: Backend) -> Option<TestDb> {
        let dir = tempfile::tempdir().unwrap();
        let url = match backend {
            Backend::Sqlite => format!("sqlite://{}", dir.path().join("bot.db").display()),
            Backend::Postgres => {
                let server = std::env::var("TEST_POSTGRES_URL")
                    .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
                let required = std::env::var("REQUIRE_POSTGRES").is_ok_and(|v| v == "1");
                match tokio::time::timeout(Duration::from_secs(10), fresh_postgres_url(&server))
                    .await
                {
                    Ok(Ok(url)) => url,
                    other if required => {
                        panic!("PostgreSQL at {server} is required (REQUIRE_POSTGRES=1): {other:?}")
                    }
                    other => {
                        eprintln!(
                            "PostgreSQL at {server} not reachable ({other:?}): skipped on PostgreSQL"
                        );
                        return None;
                    }
                }
            }
        };
        Some(TestDb {
            backend,
            url,
            _dir: dir,
        })
    }

    /// The store on this database, migrated.
    pub async fn store(&self) -> Store {
        Store::connect(&self.url).await.unwrap()
    }
}

/// Creates a new, empty PostgreSQL database on the server of `url`; returns its URL.
async fn fresh_postgres_url(url: &str) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    use sqlx::{Connection, Executor};
    sqlx::any::install_default_drivers();
    let mut admin = sqlx::AnyConnection::connect(url).await?;
    let name = format!("eh_test_{}", super::unique_id());
    admin
        .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await?;
    let base = url.rsplit_once('/').map_or(url, |(b, _)| b);
    Ok(format!("{base}/{name}"))
}

/// What a test in `backend_tests!` can take as a parameter, made from its database.
pub(crate) trait FromTestDb {
    async fn from_test_db(db: &TestDb) -> Self;
}

/// Which backend the test runs on (for messages).
impl FromTestDb for Backend {
    async fn from_test_db(db: &TestDb) -> Self {
        db.backend
    }
}

/// The database URL, for tests that run the binary.
impl FromTestDb for String {
    async fn from_test_db(db: &TestDb) -> Self {
        db.url.clone()
    }
}

/// The store, migrated.
impl FromTestDb for Store {
    async fn from_test_db(db: &TestDb) -> Self {
        db.store().await
    }
}

/// The real bot on this database, against a fresh fake Bot API.
impl FromTestDb for TestApp {
    async fn from_test_db(db: &TestDb) -> Self {
        TestApp::spawn_on(db.store().await).await
    }
}

/// `backend_tests! { async fn a_sentence(backend: Backend, app: TestApp) { ... } ... }` makes
/// each function a module of that name with two tests, `on_sqlite` and `on_postgres`, whose
/// parameters (any of `Backend`, `Store`, `TestApp`, `String` for the database URL) are made
/// from a fresh database of that backend. The body sees the enclosing module's items.
macro_rules! backend_tests {
    ($(
        $(#[$attr:meta])*
        async fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $body:block
    )*) => {$(
        $(#[$attr])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn on_sqlite() {
                $crate::common::backend::backend_tests!(@run Sqlite, ($($arg: $ty),*) $body);
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn on_postgres() {
                $crate::common::backend::backend_tests!(@run Postgres, ($($arg: $ty),*) $body);
            }
        }
    )*};
    (@run $backend:ident, ($($arg:ident: $ty:ty),*) $body:block) => {
        let Some(db) =
            $crate::common::backend::TestDb::create($crate::common::backend::Backend::$backend)
                .await
        else {
            return;
        };
        $(let $arg = <$ty as $crate::common::backend::FromTestDb>::from_test_db(&db).await;)*
        $body
    };
}

pub(crate) use backend_tests;
