package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/** An admin publishes, unpublishes or archives a title. */
public interface ChangeTitleStatusUseCase {
    Outcome<Title> change(Command command);

    record Command(TitleId id, TitleStatus target, Optional<Long> expectedVersion) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }
}
