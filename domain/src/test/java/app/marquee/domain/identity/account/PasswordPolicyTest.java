package app.marquee.domain.identity.account;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {
    private static final Set<String> COMMON = Set.of("sunshine", "password", "iloveyou", "qwertyuiop123");
    private static final EmailAddress OWNER = new EmailAddress("christopher.robin@example.org");

    private final PasswordPolicy policy = new PasswordPolicy(COMMON::contains);

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(policy.assess("correct horse battery staple", OWNER)).isEmpty();
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertThat(policy.assess("Tr0ub4dor&3", OWNER))
                .contains(Rejection.onField(IdentityRejection.PASSWORD_TOO_SHORT, "password"));
        assertThat(policy.assess("Tr0ub4dor&3x", OWNER)).isEmpty();
    }

    @Test
    void acceptsOneHundredTwentyEightCharactersAndRefusesMore() {
        assertThat(policy.assess("k".repeat(128), OWNER)).isEmpty();
        assertThat(policy.assess("k".repeat(129), OWNER))
                .contains(Rejection.onField(IdentityRejection.PASSWORD_TOO_LONG, "password"));
    }

    @Test
    void countsCodePointsSoSixEmojiAreTooShort() {
        String sixEmoji = "\uD83C\uDFAC\uD83C\uDF7F\uD83C\uDFAD\uD83C\uDFAB\uD83C\uDFA5\uD83C\uDFA4";

        assertThat(sixEmoji).hasSize(12);
        assertThat(policy.assess(sixEmoji, OWNER))
                .contains(Rejection.onField(IdentityRejection.PASSWORD_TOO_SHORT, "password"));
    }

    @Test
    void refusesTheOwnersEmailOrItsLocalPartWhateverTheCase() {
        List<String> likeTheEmail = List.of("christopher.robin@example.org", "Christopher.Robin@Example.org",
                "CHRISTOPHER.ROBIN", "christopher.robin", " Christopher.Robin ");

        assertThat(likeTheEmail).allSatisfy(candidate -> assertThat(policy.assess(candidate, OWNER))
                .contains(Rejection.onField(IdentityRejection.PASSWORD_SAME_AS_EMAIL, "password")));
    }

    @Test
    void acceptsAPasswordThatMerelyContainsTheLocalPart() {
        assertThat(policy.assess("christopher.robin likes honey", OWNER)).isEmpty();
    }

    @Test
    void refusesACommonPasswordWhateverTheCase() {
        assertThat(policy.assess("QwertyUiop123", OWNER))
                .contains(Rejection.onField(IdentityRejection.PASSWORD_TOO_COMMON, "password"));
    }

    @Test
    void refusesACommonWordPaddedWithDigitsOrSymbols() {
        List<String> padded = List.of("sunshine2024!", "Sunshine2024!", "!!2024sunshine", "1234Password5678",
                "#1iloveyou!!!");

        assertThat(padded).allSatisfy(candidate -> assertThat(policy.assess(candidate, OWNER))
                .contains(Rejection.onField(IdentityRejection.PASSWORD_TOO_COMMON, "password")));
    }

    @Test
    void asksThePredicateAboutTheLowerCasedCandidateAndItsCore() {
        List<String> asked = new ArrayList<>();
        PasswordPolicy spying = new PasswordPolicy(candidate -> {
            asked.add(candidate);
            return false;
        });

        assertThat(spying.assess("Sunshine2024!", OWNER)).isEmpty();
        assertThat(asked).containsExactly("sunshine2024!", "sunshine");
    }

    @Test
    void acceptsACommonWordEmbeddedBetweenOtherLetters() {
        assertThat(policy.assess("mysunshinebakery", OWNER)).isEmpty();
    }

    @Test
    void reportsTheFieldItWasAskedAbout() {
        Optional<Rejection> tooShort = policy.assess("short", OWNER, "newPassword");
        Optional<Rejection> common = policy.assess("sunshine2024!", OWNER, "newPassword");

        assertThat(tooShort).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("PASSWORD_TOO_SHORT");
            assertThat(r.field()).contains("newPassword");
        });
        assertThat(common).hasValueSatisfying(r -> assertThat(r.field()).contains("newPassword"));
    }

    @Test
    void checksTheLengthBeforeAskingWhetherItIsCommon() {
        assertThat(policy.assess("password", OWNER))
                .contains(Rejection.onField(IdentityRejection.PASSWORD_TOO_SHORT, "password"));
    }

    @Test
    void theCoreDropsNonLettersAtBothEndsOnly() {
        assertThat(PasswordPolicy.core("2024sun-shine!!")).isEqualTo("sun-shine");
        assertThat(PasswordPolicy.core("123456789012")).isEmpty();
        assertThat(PasswordPolicy.core("plain")).isEqualTo("plain");
    }
}
