package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * An admin replaces what is written about a title. With an expected version (the client's
 * If-Match), a title changed since is refused with {@code VERSION_MISMATCH}.
 */
public interface ReviseTitleUseCase {
    Outcome<Title> revise(Command command);

    record Command(TitleId id, Optional<Long> expectedVersion, TitleDetails details) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(details, "details");
        }
    }
}
