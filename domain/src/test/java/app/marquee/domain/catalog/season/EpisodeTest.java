package app.marquee.domain.catalog.season;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EpisodeTest {
    private static final EpisodeId ID = EpisodeId.newId();

    @Test
    void anEpisodeKeepsItsTidiedFields() {
        Episode episode = new Episode(ID, 1, "  Pilot ", "  It begins. ", 52);

        assertThat(episode.name()).isEqualTo("Pilot");
        assertThat(episode.synopsis()).isEqualTo("It begins.");
        assertThat(episode.runtimeMinutes()).isEqualTo(52);
        assertThat(new Episode(ID, 1, "Pilot", null, 52).synopsis()).isEmpty();
    }

    @Test
    void episodesAreNumberedFromOne() {
        assertThat(new Episode(ID, 9_999, "Last", "", 20).number()).isEqualTo(9_999);
        assertThatThrownBy(() -> new Episode(ID, 0, "Zero", "", 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Episode(ID, 10_000, "Too far", "", 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEpisodeHasANameOfAtMost200Characters() {
        assertThat(new Episode(ID, 1, "x".repeat(200), "", 20).name()).hasSize(200);
        assertThatThrownBy(() -> new Episode(ID, 1, "x".repeat(201), "", 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Episode(ID, 1, " ", "", 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Episode(ID, 1, null, "", 20)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSynopsisIsAtMost5000Characters() {
        assertThat(new Episode(ID, 1, "Pilot", "x".repeat(5_000), 20).synopsis()).hasSize(5_000);
        assertThatThrownBy(() -> new Episode(ID, 1, "Pilot", "x".repeat(5_001), 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEpisodeRunsOneTo999Minutes() {
        assertThat(new Episode(ID, 1, "Pilot", "", 1).runtimeMinutes()).isEqualTo(1);
        assertThat(new Episode(ID, 1, "Pilot", "", 999).runtimeMinutes()).isEqualTo(999);
        assertThatThrownBy(() -> new Episode(ID, 1, "Pilot", "", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Episode(ID, 1, "Pilot", "", 1_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
