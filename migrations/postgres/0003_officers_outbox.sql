-- Officers and their jurisdiction, the thread of each ticket, the outbox every ticket message
-- goes through (retried until Telegram accepts it; one row per idempotency key), and the audit log.
CREATE TABLE officers (
    telegram_id BIGINT PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,
    district    TEXT,
    state       TEXT,
    ra          TEXT,
    created     BIGINT NOT NULL
);

CREATE TABLE ticket_messages (
    id          BIGSERIAL PRIMARY KEY,
    ticket_id   BIGINT NOT NULL,
    author      TEXT NOT NULL,
    telegram_id BIGINT NOT NULL,
    text        TEXT NOT NULL,
    created     BIGINT NOT NULL
);
CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id);

CREATE TABLE outbox (
    id              BIGSERIAL PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    chat_id         BIGINT NOT NULL,
    html            TEXT NOT NULL,
    ticket_id       BIGINT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt    BIGINT NOT NULL,
    lease_until     BIGINT NOT NULL DEFAULT 0,
    sent_message_id BIGINT,
    status          TEXT NOT NULL DEFAULT 'pending',
    created         BIGINT NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, next_attempt);
CREATE INDEX outbox_sent ON outbox (chat_id, sent_message_id);

CREATE TABLE audit_log (
    id        BIGSERIAL PRIMARY KEY,
    ticket_id BIGINT,
    actor     BIGINT,
    action    TEXT NOT NULL,
    detail    TEXT,
    created   BIGINT NOT NULL
);
