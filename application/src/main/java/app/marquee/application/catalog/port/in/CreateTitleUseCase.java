package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/** An admin drafts a film or a series. Its genres and credited people must exist. */
public interface CreateTitleUseCase {
    Outcome<Title> create(Command command);

    record Command(TitleKind kind, TitleDetails details) {
        public Command {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(details, "details");
        }
    }
}
