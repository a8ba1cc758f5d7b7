package app.marquee.domain.identity.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void hasLowerCaseTags() {
        assertThat(Language.EN.tag()).isEqualTo("en");
        assertThat(Language.FR.tag()).isEqualTo("fr");
    }

    @Test
    void findsALanguageByItsTagIgnoringCaseAndSurroundingSpace() {
        assertThat(Language.fromTag("en")).contains(Language.EN);
        assertThat(Language.fromTag("FR")).contains(Language.FR);
        assertThat(Language.fromTag(" Fr ")).contains(Language.FR);
    }

    @Test
    void answersNothingForATagItDoesNotSpeak() {
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.fromTag("en-GB")).isEmpty();
        assertThat(Language.fromTag("")).isEmpty();
        assertThat(Language.fromTag(null)).isEmpty();
    }
}
