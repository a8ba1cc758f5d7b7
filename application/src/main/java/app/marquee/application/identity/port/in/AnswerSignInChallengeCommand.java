package app.marquee.application.identity.port.in;

import java.util.Objects;
import java.util.Optional;

/** The challenge from the first step and either a code from the app or a recovery code (exactly one). */
public record AnswerSignInChallengeCommand(String challenge, Optional<String> code, Optional<String> recoveryCode) {
    public AnswerSignInChallengeCommand {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(recoveryCode, "recoveryCode");
        if (code.isPresent() == recoveryCode.isPresent()) {
            throw new IllegalArgumentException("a code or a recovery code, exactly one");
        }
    }

    @Override
    public String toString() {
        return "AnswerSignInChallengeCommand[***]";
    }
}
