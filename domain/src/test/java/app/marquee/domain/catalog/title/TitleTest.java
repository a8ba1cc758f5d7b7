package app.marquee.domain.catalog.title;

import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TitleTest {
    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(3));
    private static final ImageRef POSTER = new ImageRef("posters/amelie.webp", "image/webp", 1000, 1500, 120_000,
            "ab12");

    @Test
    void aNewTitleIsADraftOnlyAdminsSee() {
        Title amelie = film("Amélie");

        assertThat(amelie.status()).isEqualTo(TitleStatus.DRAFT);
        assertThat(amelie.isVisibleTo(true)).isTrue();
        assertThat(amelie.isVisibleTo(false)).isFalse();
        assertThat(amelie.kind()).isEqualTo(TitleKind.MOVIE);
        assertThat(amelie.details().name()).isEqualTo("Amélie");
        assertThat(amelie.createdAt()).isEqualTo(NOW);
        assertThat(amelie.updatedAt()).isEqualTo(NOW);
        assertThat(amelie.version()).isZero();
        assertThat(amelie.images()).isEmpty();
    }

    @Test
    void everyDraftGetsItsOwnId() {
        assertThat(film("Amélie").id()).isNotEqualTo(film("Amélie").id());
    }

    @Test
    void theReleaseYearLiesBetweenTheFirstFilmAndFiveYearsFromNow() {
        assertThat(Title.draft(TitleKind.MOVIE, details(1888, OptionalInt.of(1)), NOW).isAccepted()).isTrue();
        assertThat(Title.draft(TitleKind.MOVIE, details(2031, OptionalInt.of(90)), NOW).isAccepted()).isTrue();

        Outcome<Title> tooEarly = Title.draft(TitleKind.MOVIE, details(1887, OptionalInt.of(1)), NOW);
        Outcome<Title> tooLate = Title.draft(TitleKind.MOVIE, details(2032, OptionalInt.of(90)), NOW);

        Outcome<Title> outOfRange = Outcome.rejected(
                Rejection.onField(CatalogRejection.RELEASE_YEAR_OUT_OF_RANGE, "releaseYear"));
        assertThat(tooEarly).isEqualTo(outOfRange);
        assertThat(tooLate).isEqualTo(outOfRange);
    }

    @Test
    void fiveYearsAheadIsCountedInUtc() {
        Instant newYearsEveInUtc = Instant.parse("2026-12-31T23:30:00Z");

        assertThat(Title.draft(TitleKind.MOVIE, details(2032, OptionalInt.of(90)), newYearsEveInUtc).isAccepted())
                .isFalse();
        assertThat(Title.draft(TitleKind.MOVIE, details(2032, OptionalInt.of(90)),
                newYearsEveInUtc.plus(Duration.ofHours(1))).isAccepted()).isTrue();
    }

    @Test
    void aFilmHasARuntimeAndASeriesDoesNot() {
        assertThat(Title.draft(TitleKind.MOVIE, details(2001, OptionalInt.empty()), NOW))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.RUNTIME_REQUIRED, "runtimeMinutes")));
        assertThat(Title.draft(TitleKind.SERIES, details(2001, OptionalInt.of(50)), NOW))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.RUNTIME_NOT_ALLOWED, "runtimeMinutes")));
        assertThat(Title.draft(TitleKind.SERIES, details(2001, OptionalInt.empty()), NOW).isAccepted()).isTrue();
    }

    @Test
    void revisingReplacesTheDetailsAndTheUpdateTime() {
        Title amelie = film("Amelie");
        TitleDetails corrected = details("Amélie", 2001, OptionalInt.of(122));

        Outcome<Title> outcome = amelie.revise(corrected, LATER);

        assertThat(outcome).isEqualTo(Outcome.accepted(amelie));
        assertThat(amelie.details()).isEqualTo(corrected);
        assertThat(amelie.updatedAt()).isEqualTo(LATER);
        assertThat(amelie.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aRevisionFollowsTheSameRulesAsADraft() {
        Title amelie = film("Amélie");
        TitleDetails before = amelie.details();

        assertThat(amelie.revise(details(1700, OptionalInt.of(90)), LATER).isAccepted()).isFalse();
        assertThat(amelie.revise(details(2001, OptionalInt.empty()), LATER))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.RUNTIME_REQUIRED, "runtimeMinutes")));
        assertThat(amelie.details()).isEqualTo(before);
        assertThat(amelie.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void anArchivedTitleIsFrozen() {
        Title amelie = film("Amélie");
        amelie.moveTo(TitleStatus.ARCHIVED, NOW);

        assertThat(amelie.revise(details("Changed", 2001, OptionalInt.of(90)), LATER))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_ARCHIVED));
        assertThat(amelie.details().name()).isEqualTo("Amélie");
    }

    @Test
    void publishingShowsTheTitleToEveryoneAndUnpublishingHidesItAgain() {
        Title amelie = film("Amélie");

        assertThat(amelie.moveTo(TitleStatus.PUBLISHED, LATER)).isEqualTo(Outcome.accepted(amelie));
        assertThat(amelie.isVisibleTo(false)).isTrue();
        assertThat(amelie.updatedAt()).isEqualTo(LATER);

        amelie.moveTo(TitleStatus.DRAFT, LATER.plusSeconds(1));
        assertThat(amelie.status()).isEqualTo(TitleStatus.DRAFT);
        assertThat(amelie.isVisibleTo(false)).isFalse();
    }

    @Test
    void anArchivedTitleLeavesBrowsingAndCanOnlyGoBackToDraft() {
        Title amelie = film("Amélie");
        amelie.moveTo(TitleStatus.PUBLISHED, NOW);
        amelie.moveTo(TitleStatus.ARCHIVED, NOW);
        assertThat(amelie.isVisibleTo(false)).isFalse();
        assertThat(amelie.isVisibleTo(true)).isTrue();

        assertThat(amelie.moveTo(TitleStatus.PUBLISHED, LATER))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_ARCHIVED));
        assertThat(amelie.status()).isEqualTo(TitleStatus.ARCHIVED);
        assertThat(amelie.updatedAt()).isEqualTo(NOW);

        assertThat(amelie.moveTo(TitleStatus.DRAFT, LATER).isAccepted()).isTrue();
        assertThat(amelie.status()).isEqualTo(TitleStatus.DRAFT);
    }

    @Test
    void aRevisionAndAMoveAreOneChangeThatIsRefusedWhole() {
        Title amelie = film("Amélie");

        assertThat(amelie.reviseAndMoveTo(details(1700, OptionalInt.of(122)), TitleStatus.PUBLISHED, LATER))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.RELEASE_YEAR_OUT_OF_RANGE,
                        "releaseYear")));
        assertThat(amelie.status()).isEqualTo(TitleStatus.DRAFT);

        assertThat(amelie.reviseAndMoveTo(details("Le Fabuleux Destin", 2001, OptionalInt.of(122)),
                TitleStatus.PUBLISHED, LATER).isAccepted()).isTrue();
        assertThat(amelie.status()).isEqualTo(TitleStatus.PUBLISHED);
        assertThat(amelie.details().name()).isEqualTo("Le Fabuleux Destin");
    }

    @Test
    void anArchivedTitleMovesBackToDraftBeforeItIsRevisedAndNeverRevisesWhileStayingArchived() {
        Title amelie = film("Amélie");
        amelie.moveTo(TitleStatus.ARCHIVED, NOW);

        assertThat(amelie.reviseAndMoveTo(details("Changed", 2001, OptionalInt.of(90)), TitleStatus.ARCHIVED, LATER))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_ARCHIVED));
        assertThat(amelie.reviseAndMoveTo(details("Changed", 2001, OptionalInt.of(90)), TitleStatus.DRAFT, LATER)
                .isAccepted()).isTrue();
        assertThat(amelie.status()).isEqualTo(TitleStatus.DRAFT);
        assertThat(amelie.details().name()).isEqualTo("Changed");
    }

    @Test
    void onlyPublishedTitlesAreForEveryone() {
        assertThat(TitleStatus.PUBLISHED.isVisibleToEveryone()).isTrue();
        assertThat(TitleStatus.DRAFT.isVisibleToEveryone()).isFalse();
        assertThat(TitleStatus.ARCHIVED.isVisibleToEveryone()).isFalse();
    }

    @Test
    void showingAnImageFillsItsSlot() {
        Title amelie = film("Amélie");

        assertThat(amelie.show(ImageSlot.POSTER, POSTER, LATER)).isEqualTo(Outcome.accepted(amelie));

        assertThat(amelie.image(ImageSlot.POSTER)).contains(POSTER);
        assertThat(amelie.image(ImageSlot.BACKDROP)).isEmpty();
        assertThat(amelie.updatedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> amelie.images().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anArchivedTitleShowsNoNewImage() {
        Title amelie = film("Amélie");
        amelie.moveTo(TitleStatus.ARCHIVED, NOW);

        assertThat(amelie.show(ImageSlot.BACKDROP, POSTER, LATER))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_ARCHIVED));
        assertThat(amelie.images()).isEmpty();
    }

    @Test
    void rehydratingKeepsEverythingAsStored() {
        TitleId id = TitleId.newId();
        TitleDetails details = details(2001, OptionalInt.of(122));

        Title stored = Title.rehydrate(id, TitleKind.MOVIE, details, TitleStatus.PUBLISHED,
                Map.of(ImageSlot.POSTER, POSTER), NOW, LATER, 7);

        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.details()).isEqualTo(details);
        assertThat(stored.status()).isEqualTo(TitleStatus.PUBLISHED);
        assertThat(stored.image(ImageSlot.POSTER)).contains(POSTER);
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.updatedAt()).isEqualTo(LATER);
        assertThat(stored.version()).isEqualTo(7);
    }

    private static Title film(String name) {
        return Title.draft(TitleKind.MOVIE, details(name, 2001, OptionalInt.of(122)), NOW)
                .orElseThrow(r -> new IllegalStateException(r.toString()));
    }

    private static TitleDetails details(int year, OptionalInt runtime) {
        return details("Amélie", year, runtime);
    }

    private static TitleDetails details(String name, int year, OptionalInt runtime) {
        return new TitleDetails(name, Optional.empty(), "", year, runtime, Set.of(), Optional.empty(), List.of(),
                Set.of(), Set.of(), Optional.empty());
    }
}
