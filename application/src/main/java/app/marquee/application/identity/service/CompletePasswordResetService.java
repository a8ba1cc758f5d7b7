package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.CompletePasswordResetCommand;
import app.marquee.application.identity.port.in.CompletePasswordResetUseCase;
import app.marquee.application.identity.port.out.AccountTokensPort;
import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.application.identity.port.out.SignInChallengesPort;
import app.marquee.application.identity.port.out.SignInFailuresPort;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.PasswordHash;
import app.marquee.domain.identity.account.PasswordPolicy;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.token.AccountToken;
import app.marquee.domain.identity.token.TokenPurpose;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The token and the new password are checked first and the password hashed outside any
 * transaction; then, all or nothing, the token is spent (one request wins), the hash replaced,
 * the open sign-in challenges discarded (a password typed before the reset opens nothing after
 * it), every session revoked, the other reset links spent and the failed sign-ins forgiven. The
 * challenges go first: their delete waits for an answer holding one locked, so a session that
 * answer opens is committed before the revocation reads the account's sessions, and ends too.
 */
@Singleton
public class CompletePasswordResetService implements CompletePasswordResetUseCase {
    private final AccountTokensPort tokens;
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccount;
    private final SaveSessionPort sessions;
    private final SignInChallengesPort challenges;
    private final SignInFailuresPort failures;
    private final HashPasswordPort hasher;
    private final PasswordPolicy passwordPolicy;
    private final AllOrNothing allOrNothing;
    private final Clock clock;

    public CompletePasswordResetService(AccountTokensPort tokens, LoadAccountPort accounts, SaveAccountPort saveAccount,
                                        SaveSessionPort sessions, SignInChallengesPort challenges,
                                        SignInFailuresPort failures, HashPasswordPort hasher,
                                        PasswordPolicy passwordPolicy, AllOrNothing allOrNothing, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.sessions = sessions;
        this.challenges = challenges;
        this.failures = failures;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.allOrNothing = allOrNothing;
        this.clock = clock;
    }

    @Override
    public Outcome<Account> complete(CompletePasswordResetCommand command) {
        Instant now = clock.instant();
        Optional<AccountToken> token = tokens.byDigest(TokenDigest.of(command.token()))
                .filter(found -> found.purpose() == TokenPurpose.PASSWORD_RESET && found.isLiveAt(now));
        Optional<Account> account = token.flatMap(found -> accounts.byId(found.account()))
                .filter(found -> found.signInBlocker().isEmpty());
        if (account.isEmpty()) {
            return Outcome.rejected(TokenPurpose.PASSWORD_RESET.invalid());
        }
        Optional<Rejection> weak = passwordPolicy.assess(command.newPassword(), account.get().email(), "newPassword");
        if (weak.isPresent()) {
            return Outcome.rejected(weak.get());
        }
        PasswordHash newHash = hasher.hash(command.newPassword());
        return allOrNothing.run(() -> token.get().redeem(now).flatMap(tokens::redeem)
                .flatMap(spent -> replace(account.get(), newHash, now)));
    }

    private Outcome<Account> replace(Account account, PasswordHash newHash, Instant now) {
        account.changePasswordHash(newHash, now);
        account.markEmailVerified(now);
        Outcome<Account> saved = saveAccount.update(account);
        if (saved.isAccepted()) {
            challenges.discardOf(account.id());
            sessions.revokeAll(account.id(), Optional.empty(), RevocationReason.PASSWORD_RESET, now);
            tokens.spendAll(account.id(), TokenPurpose.PASSWORD_RESET, now);
            failures.clear(account.email());
        }
        return saved;
    }
}
