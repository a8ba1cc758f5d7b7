-- Account security review (issue 5). Turning two-factor on ends the account's other sessions with
-- its own reason; a password reset or change, or two-factor turned off, discards the account's
-- sign-in challenges, found by account.
ALTER TABLE sessions DROP CONSTRAINT sessions_revocation_reason_check;
ALTER TABLE sessions ADD CONSTRAINT sessions_revocation_reason_check CHECK (revocation_reason IN
    ('SIGNED_OUT', 'TOKEN_REUSED', 'PASSWORD_CHANGED', 'ACCOUNT_CLOSED', 'ACCOUNT_DISABLED', 'PASSWORD_RESET',
     'TWO_FACTOR_ENABLED'));

CREATE INDEX sign_in_challenges_account_idx ON sign_in_challenges (account_id);
