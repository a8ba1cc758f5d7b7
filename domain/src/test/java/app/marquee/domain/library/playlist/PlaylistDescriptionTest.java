package app.marquee.domain.library.playlist;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaylistDescriptionTest {

    @Test
    void aDescriptionIsTrimmedMayHoldLineBreaksAndAThousandCharacters() {
        assertThat(new PlaylistDescription(" Films\nfor the car ").value()).isEqualTo("Films\nfor the car");
        assertThat(new PlaylistDescription("x".repeat(1000)).value()).hasSize(1000);
        assertThatThrownBy(() -> new PlaylistDescription("x".repeat(1001)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlaylistDescription("nul\u0000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankOrMissingDescriptionIsNone() {
        assertThat(PlaylistDescription.of(null)).isEmpty();
        assertThat(PlaylistDescription.of("  \n ")).isEmpty();
        assertThat(PlaylistDescription.of(" Hi ")).contains(new PlaylistDescription("Hi"));
    }
}
