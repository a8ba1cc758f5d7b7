-- Account security (issue 5): e-mail verification, password reset, TOTP two-factor sign-in.
-- The domain decides; these tables make single use and one-at-a-time hold across instances.

-- When the owner proved they read their address (or an admin vouched for it). Accounts opened
-- before verification existed could buy until now: they are taken as verified from this migration.
ALTER TABLE accounts ADD COLUMN email_verified_at timestamptz;
UPDATE accounts SET email_verified_at = now() WHERE status IN ('ACTIVE', 'DISABLED');

-- A password reset revokes every session with its own reason.
ALTER TABLE sessions DROP CONSTRAINT sessions_revocation_reason_check;
ALTER TABLE sessions ADD CONSTRAINT sessions_revocation_reason_check CHECK (revocation_reason IN
    ('SIGNED_OUT', 'TOKEN_REUSED', 'PASSWORD_CHANGED', 'ACCOUNT_CLOSED', 'ACCOUNT_DISABLED', 'PASSWORD_RESET'));

-- Tokens mailed to an account (verification links, password-reset links): SHA-256 only, good once.
-- A redemption is UPDATE ... WHERE used_at IS NULL AND expires_at > now: one request wins.
CREATE TABLE account_tokens (
    digest     text        PRIMARY KEY CHECK (digest ~ '^[0-9a-f]{64}$'),
    purpose    text        NOT NULL CHECK (purpose IN ('EMAIL_VERIFICATION', 'PASSWORD_RESET')),
    account_id uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CHECK (expires_at > issued_at)
);
CREATE INDEX account_tokens_live_idx ON account_tokens (account_id, purpose) WHERE used_at IS NULL;
CREATE INDEX account_tokens_expires_at_idx ON account_tokens (expires_at);

-- Requests that send an e-mail, per kind and address (known or not), for the per-address limits.
CREATE TABLE mail_requests (
    id           bigserial   PRIMARY KEY,
    kind         text        NOT NULL CHECK (kind IN ('VERIFICATION_RESEND', 'PASSWORD_RESET')),
    address      text        NOT NULL,
    requested_at timestamptz NOT NULL
);
CREATE INDEX mail_requests_key_idx ON mail_requests (kind, address, requested_at);
CREATE INDEX mail_requests_requested_at_idx ON mail_requests (requested_at);

-- One second factor per account: the TOTP secret sealed with AES-GCM (never in clear), and the
-- last time step accepted, so a code is never taken twice.
CREATE TABLE two_factors (
    account_id         uuid        PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    sealed_secret      text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('PENDING', 'ENABLED')),
    enrolled_at        timestamptz NOT NULL,
    enabled_at         timestamptz,
    last_accepted_step bigint      CHECK (last_accepted_step >= 0),
    CHECK ((status = 'ENABLED') = (enabled_at IS NOT NULL))
);

-- Recovery codes: SHA-256 of 80 random bits each, good once.
CREATE TABLE two_factor_recovery_codes (
    account_id uuid        NOT NULL REFERENCES two_factors (account_id) ON DELETE CASCADE,
    digest     text        NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
    used_at    timestamptz,
    PRIMARY KEY (account_id, digest)
);

-- Second-step sign-in challenges: SHA-256 only, five minutes, five wrong codes, answered once.
CREATE TABLE sign_in_challenges (
    digest      text        PRIMARY KEY CHECK (digest ~ '^[0-9a-f]{64}$'),
    account_id  uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    failures    integer     NOT NULL DEFAULT 0 CHECK (failures BETWEEN 0 AND 5),
    answered_at timestamptz,
    CHECK (expires_at > issued_at)
);
CREATE INDEX sign_in_challenges_expires_at_idx ON sign_in_challenges (expires_at);
