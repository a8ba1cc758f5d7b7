-- The dispatcher's claims (issue 5): a claim is one short transaction that locks due PENDING rows
-- (FOR UPDATE SKIP LOCKED), stamps them with a fresh claim token and leases them by moving
-- next_attempt_at past the send. Only the holder of the current claim may record the outcome, so an
-- instance whose lease ran out (it crashed, or stalled) cannot overwrite the next claimer's result.
ALTER TABLE outbox_messages ADD COLUMN claim uuid;

-- How each account wants its order confirmations: e-mail, SMS or both (e-mail alone without a row).
CREATE TABLE notification_preferences (
    account_id uuid        PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    email      boolean     NOT NULL,
    sms        boolean     NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT notification_preferences_channel_check CHECK (email OR sms)
);
