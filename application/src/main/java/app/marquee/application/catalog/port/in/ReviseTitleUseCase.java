package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * An admin replaces what is written about a title. With an expected version (the client's
 * If-Match), a title changed since is refused with {@code VERSION_MISMATCH}. With a status, the
 * title also moves there in the same change: both happen, or neither does.
 */
public interface ReviseTitleUseCase {
    Outcome<Title> revise(Command command);

    record Command(TitleId id, Optional<Long> expectedVersion, TitleDetails details, Optional<TitleStatus> status) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(status, "status");
        }

        /** A revision that leaves the status as it is. */
        public Command(TitleId id, Optional<Long> expectedVersion, TitleDetails details) {
            this(id, expectedVersion, details, Optional.empty());
        }
    }
}
