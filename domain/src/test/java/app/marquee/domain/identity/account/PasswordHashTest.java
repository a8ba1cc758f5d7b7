package app.marquee.domain.identity.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHashTest {

    @Test
    void neverShowsTheHashInLogs() {
        assertThat(new PasswordHash("$argon2id$v=19$secret")).hasToString("PasswordHash[***]");
    }

    @Test
    void isRequired() {
        assertThatThrownBy(() -> new PasswordHash(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHash("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheUnusableMarkerIsUnusable() {
        assertThat(PasswordHash.UNUSABLE.isUsable()).isFalse();
        assertThat(new PasswordHash("!").isUsable()).isFalse();
        assertThat(new PasswordHash("$argon2id$v=19$abc").isUsable()).isTrue();
    }
}
