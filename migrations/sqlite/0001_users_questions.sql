-- Users, the questions they asked and their feedback. Times are Unix seconds (INTEGER);
-- flags are INTEGER 0/1, so the same queries run through sqlx::Any on SQLite and PostgreSQL.
CREATE TABLE users (
    telegram_id INTEGER PRIMARY KEY,
    language    TEXT,
    district    TEXT,
    state       TEXT    NOT NULL DEFAULT 'idle',
    first_seen  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL
);

CREATE TABLE questions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    telegram_id INTEGER NOT NULL,
    lang        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    answered    INTEGER NOT NULL,
    confidence  INTEGER NOT NULL,
    top_result  TEXT,
    created     INTEGER NOT NULL
);
CREATE INDEX questions_user ON questions (telegram_id);

CREATE TABLE feedback (
    question_id INTEGER NOT NULL,
    telegram_id INTEGER NOT NULL,
    helpful     INTEGER NOT NULL,
    created     INTEGER NOT NULL,
    PRIMARY KEY (question_id, telegram_id)
);
