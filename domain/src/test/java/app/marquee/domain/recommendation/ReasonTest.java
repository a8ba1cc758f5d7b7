package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static app.marquee.domain.recommendation.Film.genre;
import static app.marquee.domain.recommendation.Film.idOf;
import static app.marquee.domain.recommendation.Film.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReasonTest {
    private static final TitleMention AMELIE = new TitleMention(idOf("Amélie"), "Amélie");
    private static final PersonMention JEUNET = new PersonMention(person("Jean-Pierre Jeunet"), "Jean-Pierre Jeunet");
    private static final GenreId DRAMA = genre("drama");

    @Test
    void eachKindNamesExactlyWhatItsSentenceNeeds() {
        assertThat(EnglishReasons.of(Reason.sharedPerson(ReasonKind.SAME_DIRECTOR, AMELIE, JEUNET), g -> "Drama"))
                .isEqualTo("Because you liked Amélie: same director (Jean-Pierre Jeunet)");
        assertThat(EnglishReasons.of(Reason.popularIn(DRAMA), g -> "Drama")).isEqualTo("Popular in Drama");
        assertThat(EnglishReasons.of(Reason.popular(), g -> "Drama")).isEqualTo("Popular");
    }

    @Test
    void aReasonWithoutItsIngredientsOrWithStrayOnesIsAProgrammingError() {
        assertThatThrownBy(() -> new Reason(ReasonKind.SAME_DIRECTOR, Optional.of(AMELIE), Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reason(ReasonKind.POPULAR, Optional.of(AMELIE), Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reason(ReasonKind.SIMILAR_GENRES, Optional.of(AMELIE), Optional.of(JEUNET),
                Optional.of(DRAMA))).isInstanceOf(IllegalArgumentException.class);
    }
}
