package app.marquee.application.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxCursorTest {
    private static final UUID ID = UUID.fromString("3c3d2a4e-0000-4000-8000-000000000001");

    @Test
    void aCursorReadsBackAsItWasWritten() {
        OutboxCursor cursor = new OutboxCursor(Instant.parse("2026-05-01T10:00:00.123456Z"), ID);

        assertThat(OutboxCursor.decode(cursor.encode())).contains(cursor);
    }

    @Test
    void aForgedCursorOutsidePostgresRangeIsNoCursor() {
        assertThat(OutboxCursor.decode("+300000-01-01T00:00:00Z|" + ID)).isEmpty();
        assertThat(OutboxCursor.decode("-4713-01-01T00:00:00Z|" + ID)).isEmpty();
        assertThat(OutboxCursor.decode("2026-05-01T10:00:00Z|not-a-uuid")).isEmpty();
        assertThat(OutboxCursor.decode("2026-05-01T10:00:00Z")).isEmpty();
    }
}
