package app.marquee.domain.catalog.title;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageCodeTest {
    @Test
    void isTheLowerCaseTwoLetterCode() {
        assertThat(new LanguageCode(" FR ").value()).isEqualTo("fr");
        assertThat(new LanguageCode("ja")).isEqualTo(new LanguageCode("JA"));
        assertThat(new LanguageCode("en")).hasToString("en");
    }

    @Test
    void refusesWhatIsNotAnIso6391Code() {
        for (String wrong : new String[] {"", "xx", "eng", "french", "f"}) {
            assertThat(LanguageCode.isValid(wrong)).as(wrong).isFalse();
            assertThatThrownBy(() -> new LanguageCode(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(LanguageCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> new LanguageCode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsTheLanguagesOfTheCatalog() {
        for (String code : new String[] {"en", "fr", "es", "de", "it", "ja", "ko", "zh", "he", "ar"}) {
            assertThat(LanguageCode.isValid(code)).as(code).isTrue();
        }
    }
}
