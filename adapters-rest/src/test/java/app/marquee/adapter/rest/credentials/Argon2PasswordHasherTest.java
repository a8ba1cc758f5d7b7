package app.marquee.adapter.rest.credentials;

import app.marquee.application.identity.port.out.HashPasswordPort.PasswordMatch;
import app.marquee.domain.identity.account.PasswordHash;
import com.password4j.BcryptFunction;
import com.password4j.types.Bcrypt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Argon2PasswordHasherTest {
    private final Argon2PasswordHasher owasp = new Argon2PasswordHasher(19456, 2, 1);

    @Test
    void hashesWithArgon2idAndOwaspParameters() {
        PasswordHash hash = owasp.hash("a perfectly fine password");
        assertThat(hash.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(owasp.hash("a perfectly fine password")).isNotEqualTo(hash);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        PasswordHash hash = owasp.hash("a perfectly fine password");
        assertThat(owasp.verify("a perfectly fine password", hash)).isEqualTo(PasswordMatch.MATCH);
        assertThat(owasp.verify("a perfectly fine passworD", hash)).isEqualTo(PasswordMatch.MISMATCH);
    }

    @Test
    void asksForARehashWhenTheParametersChanged() {
        PasswordHash old = new Argon2PasswordHasher(8192, 1, 1).hash("an older password here");
        assertThat(owasp.verify("an older password here", old)).isEqualTo(PasswordMatch.MATCH_NEEDS_REHASH);
        assertThat(owasp.verify("not the older password", old)).isEqualTo(PasswordMatch.MISMATCH);
    }

    @Test
    void acceptsImportedBcryptHashesAndAsksToUpgradeThem() {
        String bcrypt = BcryptFunction.getInstance(Bcrypt.B, 10).hash("imported password 1").getResult();
        assertThat(owasp.verify("imported password 1", new PasswordHash(bcrypt)))
                .isEqualTo(PasswordMatch.MATCH_NEEDS_REHASH);
        assertThat(owasp.verify("imported password 2", new PasswordHash(bcrypt))).isEqualTo(PasswordMatch.MISMATCH);
    }

    @Test
    void anUnusableOrForeignHashNeverMatches() {
        assertThat(owasp.verify("!", PasswordHash.UNUSABLE)).isEqualTo(PasswordMatch.MISMATCH);
        assertThat(owasp.verify("secret", new PasswordHash("md5:abcdef"))).isEqualTo(PasswordMatch.MISMATCH);
    }
}
