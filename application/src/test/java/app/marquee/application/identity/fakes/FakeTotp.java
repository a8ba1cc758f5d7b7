package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.TotpPort;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.twofactor.SealedTotpSecret;
import app.marquee.domain.identity.twofactor.TimeStep;

import java.time.Instant;
import java.util.Optional;

/**
 * A TOTP stand-in whose right code is readable: "{secret}-{step}" (a step of now, or either side).
 * Each secret is "s1", "s2", ... sealed as "sealed:s1".
 */
public final class FakeTotp implements TotpPort {
    private int made;

    @Override
    public NewSecret newSecret(EmailAddress account) {
        String secret = "s" + ++made;
        return new NewSecret(secret, "otpauth://totp/Marquee:" + account + "?secret=" + secret + "&issuer=Marquee",
                new SealedTotpSecret("sealed:" + secret));
    }

    @Override
    public Optional<TimeStep> matchingStep(SealedTotpSecret secret, String code, Instant now) {
        long current = TimeStep.at(now).value();
        for (long step = current - 1; step <= current + 1; step++) {
            if (code.equals(codeFor(secret, step))) {
                return Optional.of(new TimeStep(step));
            }
        }
        return Optional.empty();
    }

    /** The code the app would show for this secret at {@code at}. */
    public static String code(String secret, Instant at) {
        return secret + "-" + TimeStep.at(at).value();
    }

    private static String codeFor(SealedTotpSecret sealed, long step) {
        return sealed.value().substring("sealed:".length()) + "-" + step;
    }
}
