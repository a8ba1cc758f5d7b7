package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.PhoneNumber;

import java.util.Objects;
import java.util.Optional;

/**
 * A partial update: an empty field is left as it is. {@code phone} present with an empty number
 * removes the phone number.
 */
public record UpdateProfileCommand(AccountId accountId, Optional<DisplayName> displayName,
                                   Optional<Language> language, Optional<PhoneChange> phone) {
    public UpdateProfileCommand {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(phone, "phone");
    }

    /** The phone number to set, or empty to remove it. */
    public record PhoneChange(Optional<PhoneNumber> number) {
        public PhoneChange {
            Objects.requireNonNull(number, "number");
        }
    }
}
