package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.AccountTokensPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.token.AccountToken;
import app.marquee.domain.identity.token.TokenPurpose;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tokens as the database keeps them: read as copies, a redemption counts once. */
public final class InMemoryAccountTokens implements AccountTokensPort {
    private final Map<TokenDigest, AccountToken> rows = new LinkedHashMap<>();

    @Override
    public void issue(AccountToken token) {
        spendAll(token.account(), token.purpose(), token.issuedAt());
        rows.put(token.digest(), copy(token));
    }

    @Override
    public Optional<AccountToken> byDigest(TokenDigest digest) {
        return Optional.ofNullable(rows.get(digest)).map(InMemoryAccountTokens::copy);
    }

    @Override
    public Outcome<AccountToken> redeem(AccountToken redeemed) {
        AccountToken stored = rows.get(redeemed.digest());
        Instant usedAt = redeemed.usedAt().orElseThrow();
        if (stored == null || !stored.isLiveAt(usedAt)) {
            return Outcome.rejected(redeemed.purpose().invalid());
        }
        rows.put(stored.digest(), copy(redeemed));
        return Outcome.accepted(redeemed);
    }

    @Override
    public void spendAll(AccountId account, TokenPurpose purpose, Instant now) {
        rows.replaceAll((digest, token) -> token.account().equals(account) && token.purpose() == purpose
                && token.usedAt().isEmpty() ? AccountToken.rehydrate(digest, purpose, account, token.issuedAt(),
                token.expiresAt(), now) : token);
    }

    @Override
    public int forgetExpiredBefore(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(token -> token.expiresAt().isBefore(cutoff));
        return before - rows.size();
    }

    public List<AccountToken> all() {
        return rows.values().stream().map(InMemoryAccountTokens::copy).toList();
    }

    private static AccountToken copy(AccountToken t) {
        return AccountToken.rehydrate(t.digest(), t.purpose(), t.account(), t.issuedAt(), t.expiresAt(),
                t.usedAt().orElse(null));
    }
}
