package app.marquee.adapter.rest.credentials;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommonPasswordListTest {
    private final CommonPasswordList list = new CommonPasswordList();

    @Test
    void knowsTheClassics() {
        assertThat(list.isCommon("password")).isTrue();
        assertThat(list.isCommon("qwertyuiop")).isTrue();
        assertThat(list.isCommon("1qaz2wsx3edc")).isTrue();
    }

    @Test
    void doesNotFlagARandomPassphrase() {
        assertThat(list.isCommon("violet-meadow-lantern-91")).isFalse();
    }
}
