package app.marquee.domain.notification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MessageExpiryTest {
    private static final Instant END = Instant.parse("2026-05-01T10:30:00Z");

    @Test
    void aLinkIsWorthSendingUntilItsEnd() {
        Map<String, Object> values = Map.of("displayName", "Ada", "expiresAt", END.toString());

        assertThat(MessageExpiry.isOver(values, END.minusSeconds(1))).isFalse();
        assertThat(MessageExpiry.isOver(values, END)).isTrue();
        assertThat(MessageExpiry.isOver(values, END.plusSeconds(3600))).isTrue();
    }

    @Test
    void aMessageWithoutAnEndNeverExpires() {
        assertThat(MessageExpiry.isOver(Map.of("displayName", "Ada"), Instant.MAX)).isFalse();
        assertThat(MessageExpiry.isOver(Map.of("expiresAt", "soon"), Instant.MAX)).isFalse();
        assertThat(MessageExpiry.isOver(Map.of("expiresAt", 12L), Instant.MAX)).isFalse();
    }
}
