package app.marquee.domain.identity.account;

import java.util.Objects;
import java.util.UUID;

/** Identifies an account for its whole life, anonymised or not. */
public record AccountId(UUID value) {
    public AccountId {
        Objects.requireNonNull(value, "account id");
    }

    public static AccountId newId() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
