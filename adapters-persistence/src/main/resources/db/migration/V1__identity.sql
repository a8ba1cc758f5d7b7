-- Identity: accounts, their sign-in sessions with rotating refresh tokens, and failed sign-ins.
-- The domain decides; these constraints make sure two instances on one database cannot break
-- the same rules (one account per e-mail, one use per refresh token, a closed account knows when).

CREATE TABLE accounts (
    id            uuid        PRIMARY KEY,
    -- Already trimmed and lower-cased by the domain. Byte-wise ("C") collation, so that the one
    -- unique index serves uniqueness, the admin's listing ordered by e-mail, its cursor
    -- (email > last seen) and its prefix search (email LIKE 'prefix%') alike.
    email         text        COLLATE "C" NOT NULL,
    password_hash text        NOT NULL,
    display_name  text        NOT NULL,
    language      text        NOT NULL,
    phone         text,
    role          text        NOT NULL,
    status        text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    closed_at     timestamptz,
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT accounts_email_key UNIQUE (email),
    CONSTRAINT accounts_language_check CHECK (language IN ('EN', 'FR')),
    CONSTRAINT accounts_role_check CHECK (role IN ('ADMIN', 'OPERATOR', 'USER')),
    CONSTRAINT accounts_status_check CHECK (status IN ('ACTIVE', 'DISABLED', 'CLOSED', 'ANONYMISED')),
    CONSTRAINT accounts_closed_at_check CHECK (status NOT IN ('CLOSED', 'ANONYMISED') OR closed_at IS NOT NULL),
    CONSTRAINT accounts_version_check CHECK (version >= 0)
);

-- The anonymisation job takes closed accounts oldest first.
CREATE INDEX accounts_closed_at_idx ON accounts (closed_at) WHERE status = 'CLOSED';

-- Counting active admins (the last one may not be demoted) stays cheap.
CREATE INDEX accounts_active_admins_idx ON accounts (id) WHERE role = 'ADMIN' AND status = 'ACTIVE';

CREATE TABLE sessions (
    id                uuid        PRIMARY KEY,
    account_id        uuid        NOT NULL REFERENCES accounts (id),
    created_at        timestamptz NOT NULL,
    last_refreshed_at timestamptz NOT NULL,
    revoked_at        timestamptz,
    revocation_reason text,
    CONSTRAINT sessions_revocation_check CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL)),
    CONSTRAINT sessions_revocation_reason_check CHECK (revocation_reason IN
        ('SIGNED_OUT', 'TOKEN_REUSED', 'PASSWORD_CHANGED', 'ACCOUNT_CLOSED', 'ACCOUNT_DISABLED'))
);

CREATE INDEX sessions_account_id_idx ON sessions (account_id);

CREATE TABLE refresh_tokens (
    -- SHA-256 of the token, in lower-case hex: the token itself is never stored.
    digest     text        PRIMARY KEY,
    session_id uuid        NOT NULL REFERENCES sessions (id),
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CONSTRAINT refresh_tokens_digest_check CHECK (digest ~ '^[0-9a-f]{64}$'),
    CONSTRAINT refresh_tokens_expiry_check CHECK (expires_at > issued_at)
);

CREATE INDEX refresh_tokens_session_id_idx ON refresh_tokens (session_id);

-- Failed sign-ins per e-mail (known or not), shared by every instance for throttling.
CREATE TABLE sign_in_failures (
    id        bigserial   PRIMARY KEY,
    email     text        NOT NULL,
    failed_at timestamptz NOT NULL
);

CREATE INDEX sign_in_failures_email_failed_at_idx ON sign_in_failures (email, failed_at);
CREATE INDEX sign_in_failures_failed_at_idx ON sign_in_failures (failed_at);
