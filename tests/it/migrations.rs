//! The SQLite and PostgreSQL migrations describe the same database: the same migration files
//! and, once run, the same tables with the same columns (their types may differ).

use std::collections::{BTreeMap, BTreeSet};

use sqlx::{AnyConnection, Connection, Row};

use crate::common::backend::{Backend, TestDb};
use crate::common::repo;

/// Table name → column names, without sqlx's own bookkeeping table.
type Schema = BTreeMap<String, BTreeSet<String>>;

async fn schema(db: &TestDb) -> Schema {
    // Connecting the store runs the backend's migrations.
    db.store().await;
    let query = match db.backend {
        Backend::Sqlite => {
            "SELECT m.name AS table_name, p.name AS column_name \
             FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
        }
        Backend::Postgres => {
            "SELECT table_name::text AS table_name, column_name::text AS column_name \
             FROM information_schema.columns WHERE table_schema = 'public'"
        }
    };
    let mut conn = AnyConnection::connect(&db.url).await.unwrap();
    let mut out = Schema::new();
    for row in sqlx::query(query).fetch_all(&mut conn).await.unwrap() {
        let table: String = row.get("table_name");
        if table != "_sqlx_migrations" {
            out.entry(table).or_default().insert(row.get("column_name"));
        }
    }
    out
}

#[tokio::test]
async fn the_sqlite_and_postgresql_migrations_define_the_same_tables_and_columns() {
    let sqlite = TestDb::create(Backend::Sqlite).await.unwrap();
    let Some(postgres) = TestDb::create(Backend::Postgres).await else {
        return;
    };
    let (on_sqlite, on_postgres) = (schema(&sqlite).await, schema(&postgres).await);
    assert!(
        on_sqlite.contains_key("users") && on_sqlite.contains_key("tickets"),
        "the migrations ran: {on_sqlite:?}"
    );
    for table in on_sqlite.keys().chain(on_postgres.keys()) {
        assert_eq!(
            on_sqlite.get(table),
            on_postgres.get(table),
            "table {table}: columns on SQLite (left) and PostgreSQL (right)"
        );
    }
}

#[test]
fn both_backends_have_the_same_migration_files() {
    let names = |backend: &str| -> BTreeSet<String> {
        std::fs::read_dir(repo().join("migrations").join(backend))
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect()
    };
    let (sqlite, postgres) = (names("sqlite"), names("postgres"));
    assert!(!sqlite.is_empty());
    assert_eq!(
        sqlite, postgres,
        "migrations/sqlite (left), migrations/postgres (right)"
    );
}
