-- Questions handed to a district officer. Routing, officers and the outbox build on this.
CREATE TABLE tickets (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    telegram_id INTEGER NOT NULL,
    question_id INTEGER NOT NULL,
    district    TEXT    NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'open',
    created     INTEGER NOT NULL
);
CREATE INDEX tickets_user ON tickets (telegram_id);
CREATE INDEX tickets_status ON tickets (status, district);
