-- Subscriptions to notices (opt-in, per user; paused when Telegram says the user blocked the
-- bot), what each broadcast has queued so far (so a restart resumes), "Done" on a yearly
-- deadline, event reminders, officers' announcements, and the outbox's priority (ordinary
-- messages first, broadcasts after) with the notice a row belongs to.
CREATE TABLE subscriptions (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL,
    kind    TEXT    NOT NULL,
    value   TEXT    NOT NULL,
    paused  INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    UNIQUE (user_id, kind, value)
);
CREATE INDEX subscriptions_match ON subscriptions (kind, value, user_id);

CREATE TABLE notice_progress (
    notice_id TEXT    NOT NULL,
    period    TEXT    NOT NULL,
    last_user INTEGER NOT NULL,
    done      INTEGER NOT NULL DEFAULT 0,
    started   INTEGER NOT NULL,
    PRIMARY KEY (notice_id, period)
);

CREATE TABLE notice_done (
    user_id   INTEGER NOT NULL,
    notice_id TEXT    NOT NULL,
    period    TEXT    NOT NULL,
    created   INTEGER NOT NULL,
    PRIMARY KEY (user_id, notice_id, period)
);

CREATE TABLE notice_reminders (
    user_id   INTEGER NOT NULL,
    notice_id TEXT    NOT NULL,
    sent      INTEGER NOT NULL DEFAULT 0,
    created   INTEGER NOT NULL,
    PRIMARY KEY (user_id, notice_id)
);

CREATE TABLE announcements (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    officer_id INTEGER NOT NULL,
    scope      TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    texts      TEXT    NOT NULL,
    status     TEXT    NOT NULL DEFAULT 'draft',
    created    INTEGER NOT NULL,
    confirmed  INTEGER
);
CREATE INDEX announcements_scope ON announcements (scope, value, confirmed);

ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN notice_id TEXT;
CREATE INDEX outbox_notice ON outbox (notice_id, status);
CREATE INDEX outbox_priority ON outbox (status, priority, id);
