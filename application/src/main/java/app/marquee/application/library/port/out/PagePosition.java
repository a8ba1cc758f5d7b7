package app.marquee.application.library.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a newest-first page of a library list ended: the last entry's time and id (the id breaks
 * ties between entries of the same microsecond). The next page starts strictly before it.
 */
public record PagePosition(Instant at, UUID id) {
    public PagePosition {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }
}
