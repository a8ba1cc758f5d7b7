package app.marquee.domain.catalog.title;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TitleDetailsTest {
    @Test
    void keepsWhatTheEditorWroteTidied() {
        TitleDetails details = new TitleDetails("  Amélie ", Optional.of(" Le Fabuleux Destin d'Amélie Poulain "),
                "  A shy waitress.  ", 2001, OptionalInt.of(122), Set.of(), Optional.of(" 12 "), List.of(),
                Set.of(new LanguageCode("fr")), Set.of(new LanguageCode("en")),
                Optional.of(URI.create("https://example.org/trailer")));

        assertThat(details.name()).isEqualTo("Amélie");
        assertThat(details.originalName()).contains("Le Fabuleux Destin d'Amélie Poulain");
        assertThat(details.synopsis()).isEqualTo("A shy waitress.");
        assertThat(details.ageRating()).contains("12");
    }

    @Test
    void theNameIsRequiredAndAtMost200Characters() {
        assertThat(withName("x".repeat(200)).name()).hasSize(200);
        assertThatThrownBy(() -> withName("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withName("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withName(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withName("Line\u0000break")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankOriginalNameIsNoOriginalName() {
        assertThat(details(Optional.of("  "), "", OptionalInt.of(90), Set.of(), Optional.empty(), List.of(),
                Optional.empty()).originalName()).isEmpty();
        assertThatThrownBy(() -> details(Optional.of("x".repeat(201)), "", OptionalInt.of(90), Set.of(),
                Optional.empty(), List.of(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSynopsisIsOptionalAndAtMost5000Characters() {
        assertThat(withSynopsis(null).synopsis()).isEmpty();
        assertThat(withSynopsis("x".repeat(5_000)).synopsis()).hasSize(5_000);
        assertThatThrownBy(() -> withSynopsis("x".repeat(5_001))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuntimeIsOneTo999Minutes() {
        assertThat(withRuntime(OptionalInt.of(1)).runtimeMinutes()).hasValue(1);
        assertThat(withRuntime(OptionalInt.of(999)).runtimeMinutes()).hasValue(999);
        assertThat(withRuntime(OptionalInt.empty()).runtimeMinutes()).isEmpty();
        assertThatThrownBy(() -> withRuntime(OptionalInt.of(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withRuntime(OptionalInt.of(1_000))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atMostTenGenresKeptAsGiven() {
        Set<GenreId> ten = new HashSet<>(IntStream.range(0, 10).mapToObj(i -> GenreId.newId()).toList());
        Set<GenreId> given = new HashSet<>(ten);

        TitleDetails details = withGenres(given);
        given.add(GenreId.newId());

        assertThat(details.genres()).isEqualTo(ten);
        assertThatThrownBy(() -> withGenres(given)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAgeRatingIsAShortCode() {
        assertThat(withAgeRating("PG-13").ageRating()).contains("PG-13");
        assertThat(withAgeRating("16+").ageRating()).contains("16+");
        assertThat(withAgeRating("  ").ageRating()).isEmpty();
        assertThatThrownBy(() -> withAgeRating("PG 13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withAgeRating("x".repeat(11))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void creditsKeepTheirOrderUpTo500() {
        List<Credit> credits = new ArrayList<>(IntStream.rangeClosed(1, 500)
                .mapToObj(i -> new Credit(PersonId.newId(), CreditRole.ACTOR, Optional.empty(), i)).toList());

        TitleDetails details = withCredits(credits);
        credits.add(new Credit(PersonId.newId(), CreditRole.ACTOR, Optional.empty(), 501));

        assertThat(details.credits()).hasSize(500).isEqualTo(credits.subList(0, 500));
        assertThatThrownBy(() -> withCredits(credits)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTrailerIsAWebAddress() {
        assertThat(withTrailer("https://example.org/t.mp4").trailerUrl()).isPresent();
        assertThat(withTrailer("http://example.org/t").trailerUrl()).isPresent();
        assertThatThrownBy(() -> withTrailer("ftp://example.org/t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withTrailer("/relative/t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withTrailer("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withTrailer("https://example.org/" + "x".repeat(2_000)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TitleDetails withName(String name) {
        return new TitleDetails(name, Optional.empty(), "", 2001, OptionalInt.of(90), Set.of(), Optional.empty(),
                List.of(), Set.of(), Set.of(), Optional.empty());
    }

    private static TitleDetails withSynopsis(String synopsis) {
        return details(Optional.empty(), synopsis, OptionalInt.of(90), Set.of(), Optional.empty(), List.of(),
                Optional.empty());
    }

    private static TitleDetails withRuntime(OptionalInt runtime) {
        return details(Optional.empty(), "", runtime, Set.of(), Optional.empty(), List.of(), Optional.empty());
    }

    private static TitleDetails withGenres(Set<GenreId> genres) {
        return details(Optional.empty(), "", OptionalInt.of(90), genres, Optional.empty(), List.of(), Optional.empty());
    }

    private static TitleDetails withAgeRating(String rating) {
        return details(Optional.empty(), "", OptionalInt.of(90), Set.of(), Optional.of(rating), List.of(),
                Optional.empty());
    }

    private static TitleDetails withCredits(List<Credit> credits) {
        return details(Optional.empty(), "", OptionalInt.of(90), Set.of(), Optional.empty(), credits, Optional.empty());
    }

    private static TitleDetails withTrailer(String url) {
        return details(Optional.empty(), "", OptionalInt.of(90), Set.of(), Optional.empty(), List.of(),
                Optional.of(URI.create(url)));
    }

    private static TitleDetails details(Optional<String> originalName, String synopsis, OptionalInt runtime,
                                        Set<GenreId> genres, Optional<String> ageRating, List<Credit> credits,
                                        Optional<URI> trailer) {
        return new TitleDetails("Amélie", originalName, synopsis, 2001, runtime, genres, ageRating, credits, Set.of(),
                Set.of(), trailer);
    }
}
