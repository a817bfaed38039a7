-- Officers and their jurisdiction, the thread of each ticket, the outbox every ticket message
-- goes through (retried until Telegram accepts it; one row per idempotency key), and the audit log.
CREATE TABLE officers (
    telegram_id INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,
    district    TEXT,
    state       TEXT,
    ra          TEXT,
    created     INTEGER NOT NULL
);

CREATE TABLE ticket_messages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id   INTEGER NOT NULL,
    author      TEXT NOT NULL,
    telegram_id INTEGER NOT NULL,
    text        TEXT NOT NULL,
    created     INTEGER NOT NULL
);
CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    chat_id         INTEGER NOT NULL,
    html            TEXT NOT NULL,
    ticket_id       INTEGER,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt    INTEGER NOT NULL,
    lease_until     INTEGER NOT NULL DEFAULT 0,
    sent_message_id INTEGER,
    status          TEXT NOT NULL DEFAULT 'pending',
    created         INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, next_attempt);
CREATE INDEX outbox_sent ON outbox (chat_id, sent_message_id);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER,
    actor     INTEGER,
    action    TEXT NOT NULL,
    detail    TEXT,
    created   INTEGER NOT NULL
);
