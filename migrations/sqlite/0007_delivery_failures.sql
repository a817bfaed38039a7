-- Delivery: how much of a split outbox message Telegram already has (a byte offset into its
-- html, so a retry resumes from the failed part), who holds a row's lease (renewed while the
-- sender waits), why a row failed for good ('blocked', 'refused', 'gave-up') and the last error;
-- users who blocked the bot (inactive until they write again).
ALTER TABLE outbox ADD COLUMN sent_upto INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN lease_token TEXT;
ALTER TABLE outbox ADD COLUMN failure TEXT;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
ALTER TABLE outbox ADD COLUMN failed_at INTEGER;
ALTER TABLE users ADD COLUMN inactive_since INTEGER;
CREATE INDEX outbox_chat_status ON outbox (chat_id, status);
