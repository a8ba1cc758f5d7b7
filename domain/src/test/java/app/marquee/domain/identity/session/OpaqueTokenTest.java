package app.marquee.domain.identity.session;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OpaqueTokenTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void isFortyThreeUrlSafeCharactersWithoutPadding() {
        String token = OpaqueToken.generate(random);

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void carries256RandomBits() {
        assertThat(Base64.getUrlDecoder().decode(OpaqueToken.generate(random))).hasSize(32);
    }

    @Test
    void everyTokenIsDistinct() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            tokens.add(OpaqueToken.generate(random));
        }

        assertThat(tokens).hasSize(1_000);
    }

    @Test
    void aTokenAndItsDigestAreDifferentStrings() {
        String token = OpaqueToken.generate(random);

        assertThat(TokenDigest.of(token).hex()).hasSize(64).isNotEqualTo(token);
    }
}
