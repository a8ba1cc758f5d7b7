package app.marquee.domain.identity.account;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisplayNameTest {

    @Test
    void isTrimmed() {
        assertThat(new DisplayName("  Ann Smith \n").value()).isEqualTo("Ann Smith");
        assertThat(new DisplayName(" Ann ")).hasToString("Ann");
    }

    @Test
    void keepsItsCase() {
        assertThat(new DisplayName("McAllister").value()).isEqualTo("McAllister");
    }

    @Test
    void acceptsOneCharacter() {
        assertThat(new DisplayName("A").value()).isEqualTo("A");
    }

    @Test
    void cannotBeBlank() {
        assertThat(List.of("", " ", " \t\n ")).allSatisfy(raw -> {
            assertThat(DisplayName.isValid(raw)).isFalse();
            assertThatThrownBy(() -> new DisplayName(raw)).isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void cannotBeNull() {
        assertThat(DisplayName.isValid(null)).isFalse();
        assertThatThrownBy(() -> new DisplayName(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsSixtyCharactersButNotSixtyOne() {
        assertThat(new DisplayName("x".repeat(60)).value()).hasSize(60);
        assertThat(DisplayName.isValid("x".repeat(61))).isFalse();
        assertThatThrownBy(() -> new DisplayName("x".repeat(61))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsCodePointsNotCharsSoSixtyEmojiFit() {
        String sixtyClapperboards = "\uD83C\uDFAC".repeat(60);

        assertThat(sixtyClapperboards).hasSize(120);
        assertThat(DisplayName.isValid(sixtyClapperboards)).isTrue();
        assertThat(new DisplayName(sixtyClapperboards).value()).isEqualTo(sixtyClapperboards);
        assertThat(DisplayName.isValid("\uD83C\uDFAC".repeat(61))).isFalse();
    }

    @Test
    void countsTheLengthAfterTrimming() {
        assertThat(new DisplayName("   " + "x".repeat(60) + "   ").value()).hasSize(60);
    }

    @Test
    void cannotHoldControlCharacters() {
        List<String> withControls = List.of("Ann\nSmith", "Ann\tSmith", "Ann\u0000", "Ann\u007FSmith",
                "Ann\u0085Smith");

        assertThat(withControls).allSatisfy(raw -> {
            assertThat(DisplayName.isValid(raw)).isFalse();
            assertThatThrownBy(() -> new DisplayName(raw)).isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void acceptsLettersFromAnyScript() {
        assertThat(DisplayName.isValid("Zoë Ångström 王芳")).isTrue();
    }
}
