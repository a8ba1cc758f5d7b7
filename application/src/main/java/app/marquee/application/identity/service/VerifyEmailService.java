package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.VerifyEmailUseCase;
import app.marquee.application.identity.port.out.AccountTokensPort;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.token.AccountToken;
import app.marquee.domain.identity.token.TokenPurpose;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** One transaction: the token is spent first (the store lets one request win), then the account marked. */
@Singleton
public class VerifyEmailService implements VerifyEmailUseCase {
    private final AccountTokensPort tokens;
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccount;
    private final AllOrNothing allOrNothing;
    private final Clock clock;

    public VerifyEmailService(AccountTokensPort tokens, LoadAccountPort accounts, SaveAccountPort saveAccount,
                              AllOrNothing allOrNothing, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.allOrNothing = allOrNothing;
        this.clock = clock;
    }

    @Override
    public Outcome<Account> verify(String token) {
        Instant now = clock.instant();
        return allOrNothing.run(() -> {
            Optional<AccountToken> found = tokens.byDigest(TokenDigest.of(token))
                    .filter(known -> known.purpose() == TokenPurpose.EMAIL_VERIFICATION);
            if (found.isEmpty()) {
                return Outcome.rejected(IdentityRejection.INVALID_VERIFICATION_TOKEN);
            }
            return found.get().redeem(now).flatMap(tokens::redeem).flatMap(spent -> markVerified(spent, now));
        });
    }

    private Outcome<Account> markVerified(AccountToken spent, Instant now) {
        Optional<Account> account = accounts.byId(spent.account()).filter(a -> a.signInBlocker().isEmpty());
        if (account.isEmpty()) {
            return Outcome.rejected(IdentityRejection.INVALID_VERIFICATION_TOKEN);
        }
        account.get().markEmailVerified(now);
        return saveAccount.update(account.get());
    }
}
