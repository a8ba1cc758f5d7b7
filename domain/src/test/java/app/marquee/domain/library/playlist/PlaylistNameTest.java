package app.marquee.domain.library.playlist;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaylistNameTest {

    @Test
    void aNameIsTrimmedAndOneToAHundredCharacters() {
        assertThat(new PlaylistName("  Road trip\t").value()).isEqualTo("Road trip");
        assertThat(new PlaylistName("x".repeat(100)).value()).hasSize(100);
        assertThat(new PlaylistName("🎬".repeat(100)).value()).hasSize(200);
        for (String bad : new String[] {"", "   ", "x".repeat(101), "Road\ntrip", "Road\u0000trip", "a\u0085b"}) {
            assertThatThrownBy(() -> new PlaylistName(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new PlaylistName(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesThatDifferOnlyByCaseOrByHowAnAccentWasTypedClash() {
        PlaylistName composed = new PlaylistName("Été à Paris");
        PlaylistName decomposed = new PlaylistName("E\u0301te\u0301 a\u0300 PARIS");

        assertThat(decomposed.value()).isEqualTo("Été à PARIS");
        assertThat(composed.clashesWith(decomposed)).isTrue();
        assertThat(composed.key()).isEqualTo("été à paris");
        assertThat(composed.clashesWith(new PlaylistName("Ete a Paris"))).isFalse();
    }

    @Test
    void theKeyDoesNotDependOnTheServersLocale() {
        assertThat(new PlaylistName("TITANIC").key()).isEqualTo("titanic");
    }
}
