-- The notification outbox (issue 5): messages written in the same transaction as the business change
-- that causes them, delivered afterwards by a dispatcher that claims due rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE outbox_messages (
    id              uuid        PRIMARY KEY,
    kind            text        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    recipient       text        NOT NULL,
    language        text        NOT NULL CHECK (language IN ('EN', 'FR')),
    account_id      uuid,
    -- The template's values; the keys in secret_keys (tokens) are wiped once the message is sent.
    data            jsonb       NOT NULL,
    secret_keys     text[]      NOT NULL DEFAULT '{}',
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'DEAD')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);

-- The dispatcher's question: which pending messages are due, oldest first.
CREATE INDEX outbox_messages_due ON outbox_messages (next_attempt_at) WHERE status = 'PENDING';
-- The operators' list by status, newest first, paged by (created_at, id).
CREATE INDEX outbox_messages_by_status ON outbox_messages (status, created_at DESC, id DESC);
CREATE INDEX outbox_messages_by_account ON outbox_messages (account_id) WHERE account_id IS NOT NULL;
