package app.marquee.domain.identity.account;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.shared.Rejection;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What makes a password acceptable: at least 12 characters (and at most 128, so hashing stays
 * cheap to refuse), not the account's own e-mail, and not a well-known password, nor a
 * well-known password dressed up with digits or symbols at either end ("sunshine2024!").
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String FIELD = "password";

    private final Predicate<String> isCommon;

    /** @param isCommon tells whether a lower-cased candidate is on a list of common passwords */
    public PasswordPolicy(Predicate<String> isCommon) {
        this.isCommon = isCommon;
    }

    public Optional<Rejection> assess(String candidate, EmailAddress owner) {
        return assess(candidate, owner, FIELD);
    }

    public Optional<Rejection> assess(String candidate, EmailAddress owner, String field) {
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Rejection.onField(IdentityRejection.PASSWORD_TOO_SHORT, field));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Rejection.onField(IdentityRejection.PASSWORD_TOO_LONG, field));
        }
        String lower = candidate.strip().toLowerCase(Locale.ROOT);
        if (lower.equals(owner.value()) || lower.equals(owner.localPart())) {
            return Optional.of(Rejection.onField(IdentityRejection.PASSWORD_SAME_AS_EMAIL, field));
        }
        if (isCommon.test(lower) || isCommon.test(core(lower))) {
            return Optional.of(Rejection.onField(IdentityRejection.PASSWORD_TOO_COMMON, field));
        }
        return Optional.empty();
    }

    /** The candidate without the digits and symbols people pad a weak word with. */
    static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }
}
