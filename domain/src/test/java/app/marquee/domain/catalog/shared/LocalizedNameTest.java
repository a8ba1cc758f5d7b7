package app.marquee.domain.catalog.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalizedNameTest {
    @Test
    void holdsBothNamesTrimmed() {
        LocalizedName name = new LocalizedName("  Science fiction ", " Science-fiction ");

        assertThat(name.en()).isEqualTo("Science fiction");
        assertThat(name.fr()).isEqualTo("Science-fiction");
    }

    @Test
    void eachNameIsOneTo80Characters() {
        assertThat(new LocalizedName("x".repeat(80), "y").en()).hasSize(80);
        assertThatThrownBy(() -> new LocalizedName("x".repeat(81), "y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalizedName("x", "y".repeat(81))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalizedName(" ", "y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalizedName("x", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesControlCharacters() {
        assertThatThrownBy(() -> new LocalizedName("Dra\u0007ma", "Drame"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
