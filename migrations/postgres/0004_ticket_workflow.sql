-- Who claimed a ticket, its routing level, SLA steps taken, rating; buttons on outbox messages.
ALTER TABLE tickets ADD COLUMN claimed_by BIGINT;
ALTER TABLE tickets ADD COLUMN level TEXT NOT NULL DEFAULT 'district';
ALTER TABLE tickets ADD COLUMN reminded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN rating INTEGER;
ALTER TABLE tickets ADD COLUMN closed BIGINT;
ALTER TABLE outbox ADD COLUMN markup TEXT;
