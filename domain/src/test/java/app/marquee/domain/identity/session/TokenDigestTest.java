package app.marquee.domain.identity.session;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenDigestTest {

    @Test
    void isTheSha256OfTheTokenInLowerCaseHex() {
        assertThat(TokenDigest.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void isSixtyFourHexDigits() {
        assertThat(TokenDigest.of("some-refresh-token").hex()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameTokenAlwaysHasTheSameDigestAndDifferentTokensDiffer() {
        assertThat(TokenDigest.of("token-one")).isEqualTo(TokenDigest.of("token-one"))
                .isNotEqualTo(TokenDigest.of("token-two"));
    }

    @Test
    void refusesAnythingButSixtyFourLowerCaseHexDigits() {
        List<String> malformed = List.of("", "abc", "A".repeat(64), "g".repeat(64), "a".repeat(63), "a".repeat(65));

        assertThat(malformed).allSatisfy(hex ->
                assertThatThrownBy(() -> new TokenDigest(hex)).isInstanceOf(IllegalArgumentException.class));
        assertThatThrownBy(() -> new TokenDigest(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsOnlyAPrefix() {
        TokenDigest digest = TokenDigest.of("abc");

        assertThat(digest.toString()).startsWith("TokenDigest[ba7816bf").doesNotContain(digest.hex());
    }
}
