package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.TotpPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.twofactor.SealedTotpSecret;
import app.marquee.domain.identity.twofactor.TimeStep;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.Optional;

/**
 * A TOTP stand-in whose right code is readable: "{secret}-{step}" (a step of now, or either side).
 * Each secret is "s1", "s2", ... sealed as "sealed:s1:{account}", so it opens for its own account
 * only; {@link #loseKey()} makes every secret unreadable, as a changed server key would.
 */
public final class FakeTotp implements TotpPort {
    private int made;
    private boolean keyLost;

    @Override
    public NewSecret newSecret(AccountId account, EmailAddress email) {
        String secret = "s" + ++made;
        return new NewSecret(secret, "otpauth://totp/Marquee:" + email + "?secret=" + secret + "&issuer=Marquee",
                new SealedTotpSecret("sealed:" + secret + ":" + account.value()));
    }

    @Override
    public Outcome<Optional<TimeStep>> matchingStep(AccountId account, SealedTotpSecret sealed, String code,
                                                    Instant now) {
        String[] parts = sealed.value().split(":");
        if (keyLost || !parts[2].equals(account.value().toString())) {
            return Outcome.rejected(IdentityRejection.TWO_FACTOR_UNAVAILABLE);
        }
        long current = TimeStep.at(now).value();
        for (long step = current - 1; step <= current + 1; step++) {
            if (code.equals(parts[1] + "-" + step)) {
                return Outcome.accepted(Optional.of(new TimeStep(step)));
            }
        }
        return Outcome.accepted(Optional.empty());
    }

    /** From now on no secret opens: the server's key changed. */
    public void loseKey() {
        keyLost = true;
    }

    /** The code the app would show for this secret at {@code at}. */
    public static String code(String secret, Instant at) {
        return secret + "-" + TimeStep.at(at).value();
    }
}
