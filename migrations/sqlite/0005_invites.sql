-- One-time invite codes an admin creates and an officer redeems with /join CODE.
CREATE TABLE invites (
    code       TEXT PRIMARY KEY,
    role       TEXT NOT NULL,
    district   TEXT,
    state      TEXT,
    ra         TEXT,
    created_by INTEGER NOT NULL,
    created    INTEGER NOT NULL,
    used_by    INTEGER,
    used_at    INTEGER
);
