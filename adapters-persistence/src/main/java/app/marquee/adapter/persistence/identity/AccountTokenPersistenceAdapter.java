package app.marquee.adapter.persistence.identity;

import app.marquee.application.identity.port.out.AccountTokensPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.token.AccountToken;
import app.marquee.domain.identity.token.TokenPurpose;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * Mailed tokens in PostgreSQL, as digests. A redemption is one conditional update: two requests
 * with one token at the same moment, on any instances, spend it once; the other finds no row to
 * change and is answered as for any spent token. Statements join the caller's transaction.
 */
@Singleton
public class AccountTokenPersistenceAdapter implements AccountTokensPort {
    private final AccountTokenRepository tokens;

    AccountTokenPersistenceAdapter(AccountTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public void issue(AccountToken token) {
        spendAll(token.account(), token.purpose(), token.issuedAt());
        tokens.save(new AccountTokenRow(token.digest().hex(), token.purpose().name(), token.account().value(),
                token.issuedAt(), token.expiresAt(), token.usedAt().orElse(null)));
    }

    @Override
    public Optional<AccountToken> byDigest(TokenDigest digest) {
        return tokens.findById(digest.hex()).map(row -> AccountToken.rehydrate(new TokenDigest(row.digest()),
                TokenPurpose.valueOf(row.purpose()), new AccountId(row.accountId()), row.issuedAt(), row.expiresAt(),
                row.usedAt()));
    }

    @Override
    public Outcome<AccountToken> redeem(AccountToken redeemed) {
        Instant usedAt = redeemed.usedAt()
                .orElseThrow(() -> new IllegalArgumentException("redeem a token the domain has spent"));
        if (tokens.redeem(redeemed.digest().hex(), redeemed.purpose().name(), usedAt) == 0) {
            return Outcome.rejected(redeemed.purpose().invalid());
        }
        return Outcome.accepted(redeemed);
    }

    @Override
    public void spendAll(AccountId account, TokenPurpose purpose, Instant now) {
        tokens.spendLive(account.value(), purpose.name(), now);
    }

    @Override
    public int forgetExpiredBefore(Instant cutoff) {
        return tokens.deleteByExpiresAtLessThan(cutoff);
    }
}
