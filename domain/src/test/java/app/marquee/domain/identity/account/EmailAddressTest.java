package app.marquee.domain.identity.account;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void trimsAndLowerCasesSoTwoSpellingsOfOneMailboxAreEqual() {
        EmailAddress typed = new EmailAddress("  Ann.Smith@Example.ORG ");

        assertThat(typed.value()).isEqualTo("ann.smith@example.org");
        assertThat(typed).isEqualTo(new EmailAddress("ann.smith@example.org"));
        assertThat(typed).hasToString("ann.smith@example.org");
    }

    @Test
    void knowsItsLocalPart() {
        assertThat(new EmailAddress("Ann.Smith+films@example.org").localPart()).isEqualTo("ann.smith+films");
    }

    @Test
    void refusesWhatIsNotShapedLikeAnAddress() {
        assertThat(List.of("", "   ", "ann", "ann@", "@example.org", "ann@example", "ann@@example.org",
                "ann smith@example.org", "ann@exa mple.org", "ann@.example.org", "ann@example..org",
                "ann@example.org.", "ann@sub@example.org")).allSatisfy(raw -> {
            assertThat(EmailAddress.isValid(raw)).isFalse();
            assertThatThrownBy(() -> new EmailAddress(raw)).isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void refusesControlCharactersAnywhereInside() {
        assertThat(List.of("ann\u0000@example.org", "ann@example.org\u0000", "\u0000ann@example.org",
                "ann@exam\u0007ple.org", "an\u001bn@example.org", "ann@example.or\u007fg",
                "ann\u0000\u0000@example.org")).allSatisfy(raw -> {
            assertThat(EmailAddress.isValid(raw)).as(raw).isFalse();
            assertThatThrownBy(() -> new EmailAddress(raw)).isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void refusesNull() {
        assertThat(EmailAddress.isValid(null)).isFalse();
        assertThatThrownBy(() -> new EmailAddress(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsOrdinaryAddresses() {
        assertThat(List.of("a@b.co", "ann@example.org", "ANN@mail.example.co.uk", " ann+tag@example.org\t"))
                .allSatisfy(raw -> {
                    assertThat(EmailAddress.isValid(raw)).isTrue();
                    assertThat(new EmailAddress(raw).value()).isEqualTo(raw.strip().toLowerCase(Locale.ROOT));
                });
    }

    @Test
    void acceptsALocalPartOfSixtyFourCharactersButNotSixtyFive() {
        assertThat(EmailAddress.isValid("a".repeat(64) + "@example.org")).isTrue();
        assertThat(EmailAddress.isValid("a".repeat(65) + "@example.org")).isFalse();
    }

    @Test
    void acceptsTwoHundredFiftyFourCharactersButNotOneMore() {
        String longest = addressOfLength(EmailAddress.MAX_LENGTH);
        String tooLong = addressOfLength(EmailAddress.MAX_LENGTH + 1);

        assertThat(longest).hasSize(254);
        assertThat(new EmailAddress(longest).value()).isEqualTo(longest);
        assertThat(EmailAddress.isValid(tooLong)).isFalse();
        assertThatThrownBy(() -> new EmailAddress(tooLong)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsTheLengthAfterTrimming() {
        String longestWithSpaces = "  " + addressOfLength(EmailAddress.MAX_LENGTH) + "  ";

        assertThat(EmailAddress.isValid(longestWithSpaces)).isTrue();
    }

    private static String addressOfLength(int length) {
        String local = "l".repeat(64) + "@";
        String tld = ".org";
        return local + "d".repeat(length - local.length() - tld.length()) + tld;
    }
}
