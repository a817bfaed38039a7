-- Users, the questions they asked and their feedback. Times are Unix seconds (BIGINT);
-- flags are INTEGER 0/1, so the same queries run through sqlx::Any on SQLite and PostgreSQL.
CREATE TABLE users (
    telegram_id BIGINT PRIMARY KEY,
    language    TEXT,
    district    TEXT,
    state       TEXT   NOT NULL DEFAULT 'idle',
    first_seen  BIGINT NOT NULL,
    last_seen   BIGINT NOT NULL
);

CREATE TABLE questions (
    id          BIGSERIAL PRIMARY KEY,
    telegram_id BIGINT  NOT NULL,
    lang        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    answered    INTEGER NOT NULL,
    confidence  INTEGER NOT NULL,
    top_result  TEXT,
    created     BIGINT  NOT NULL
);
CREATE INDEX questions_user ON questions (telegram_id);

CREATE TABLE feedback (
    question_id BIGINT  NOT NULL,
    telegram_id BIGINT  NOT NULL,
    helpful     INTEGER NOT NULL,
    created     BIGINT  NOT NULL,
    PRIMARY KEY (question_id, telegram_id)
);
