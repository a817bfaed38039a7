-- Questions handed to a district officer. Routing, officers and the outbox build on this.
CREATE TABLE tickets (
    id          BIGSERIAL PRIMARY KEY,
    telegram_id BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    district    TEXT   NOT NULL,
    status      TEXT   NOT NULL DEFAULT 'open',
    created     BIGINT NOT NULL
);
CREATE INDEX tickets_user ON tickets (telegram_id);
CREATE INDEX tickets_status ON tickets (status, district);
