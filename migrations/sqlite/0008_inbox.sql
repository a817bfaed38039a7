-- The durable inbox: every Telegram update is written here (one row per update_id, so a
-- redelivery is a no-op) before it is acknowledged to Telegram, then handled from here by a
-- worker holding a lease on the row. `lane` is the chat (else the sender): one lane is handled
-- in order, one update at a time. `replies` counts the messages already sent for the update,
-- so a handling resumed after a crash does not send them again. Handled rows lose their body
-- and are deleted after a while.
CREATE TABLE inbox (
    update_id   INTEGER PRIMARY KEY,
    lane        INTEGER NOT NULL,
    body        TEXT    NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'pending',
    attempts    INTEGER NOT NULL DEFAULT 0,
    lease_until INTEGER NOT NULL DEFAULT 0,
    owner       TEXT,
    replies     INTEGER NOT NULL DEFAULT 0,
    received    INTEGER NOT NULL,
    finished    INTEGER
);
CREATE INDEX inbox_lane ON inbox (status, lane, update_id);
CREATE INDEX inbox_finished ON inbox (status, finished);

-- The update a question came in (NULL for questions from elsewhere): handling an update again
-- finds its question instead of logging it twice.
ALTER TABLE questions ADD COLUMN update_id INTEGER;
CREATE UNIQUE INDEX questions_update ON questions (update_id);
