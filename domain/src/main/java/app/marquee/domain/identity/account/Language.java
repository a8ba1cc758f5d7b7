package app.marquee.domain.identity.account;

import java.util.Locale;
import java.util.Optional;

/** The languages Marquee speaks to its users: messages, e-mails and errors. */
public enum Language {
    EN, FR;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
