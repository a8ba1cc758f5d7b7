package app.marquee.domain.catalog.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProseTest {
    @Test
    void lineBreaksAndTabsAreProse() {
        assertThat(Prose.isClean("First line.\r\nSecond\tline.")).isTrue();
    }

    @Test
    void nulAndOtherControlCharactersAreNot() {
        assertThat(Prose.isClean("nul\u0000inside")).isFalse();
        assertThat(Prose.isClean("bell\u0007")).isFalse();
    }
}
