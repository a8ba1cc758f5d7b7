package app.marquee.adapter.rest.problem;

import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.notification.NotificationRejection;
import app.marquee.domain.payment.PaymentRejection;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.image.ImageRejection;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every code the API can answer with has one HTTP status and a title and a detail in English
 * and in French, so a new rejection cannot ship as a 500 or with a blank message.
 */
class ProblemCatalogueTest {
    private static final List<String> BUNDLES = List.of("messages.properties", "messages_fr.properties");
    private static final List<String> REJECTION_CODES = Stream.of(IdentityRejection.values(),
                    CatalogRejection.values(), LibraryRejection.values(), PaymentRejection.values(), SalesRejection.values(),
                    ImageRejection.values(), NotificationRejection.values(), RestRejection.values())
            .flatMap(Arrays::stream).map(Enum::name).toList();
    /** The constraints the request records use; each needs its field message. */
    private static final List<String> CONSTRAINTS = List.of("NotNull", "NotBlank", "Size", "Min", "Max", "Pattern",
            "EmailShape");

    @Test
    void everyRejectionHasAnHttpStatus() {
        assertThat(REJECTION_CODES).allSatisfy(code ->
                assertThatCode(() -> ProblemStatuses.of(code)).as(code).doesNotThrowAnyException());
    }

    @Test
    void anAccountThatCannotSignInOrUseItsTokenIsAnAuthenticationFailure() {
        assertThat(Stream.of(IdentityRejection.ACCOUNT_DISABLED, IdentityRejection.ACCOUNT_CLOSED,
                IdentityRejection.SESSION_REVOKED, IdentityRejection.TOKEN_OUTDATED,
                IdentityRejection.INVALID_CREDENTIALS).map(code -> ProblemStatuses.of(code.name()).getCode()))
                .containsOnly(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(ProblemStatuses.of(IdentityRejection.CLOSED_ACCOUNT_UNCHANGEABLE.name()).getCode())
                .isEqualTo(HttpStatus.CONFLICT.getCode());
    }

    @Test
    void catalogRejectionsSayWhatKindOfFailureTheyAre() {
        assertThat(statuses(CatalogRejection.TITLE_NOT_FOUND, CatalogRejection.GENRE_NOT_FOUND,
                CatalogRejection.PERSON_NOT_FOUND, CatalogRejection.SEASON_NOT_FOUND,
                CatalogRejection.EPISODE_NOT_FOUND)).containsOnly(HttpStatus.NOT_FOUND.getCode());
        assertThat(statuses(CatalogRejection.UNKNOWN_GENRE, CatalogRejection.UNKNOWN_PERSON,
                CatalogRejection.RUNTIME_REQUIRED, CatalogRejection.RUNTIME_NOT_ALLOWED,
                CatalogRejection.RELEASE_YEAR_OUT_OF_RANGE, CatalogRejection.NOT_A_SERIES))
                .containsOnly(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(statuses(CatalogRejection.SEASON_NUMBER_TAKEN, CatalogRejection.EPISODE_NUMBER_TAKEN,
                CatalogRejection.GENRE_SLUG_TAKEN, CatalogRejection.TITLE_ARCHIVED, CatalogRejection.STILL_REFERENCED,
                CatalogRejection.CONCURRENT_UPDATE)).containsOnly(HttpStatus.CONFLICT.getCode());
        assertThat(statuses(CatalogRejection.VERSION_MISMATCH)).containsOnly(HttpStatus.PRECONDITION_FAILED.getCode());
        assertThat(statuses(CatalogRejection.INVALID_CURSOR)).containsOnly(HttpStatus.BAD_REQUEST.getCode());
    }

    @Test
    void libraryRejectionsSayWhatKindOfFailureTheyAre() {
        assertThat(statuses(LibraryRejection.FAVORITE_NOT_FOUND, LibraryRejection.REACTION_NOT_FOUND,
                LibraryRejection.REVIEW_NOT_FOUND, LibraryRejection.TITLE_NOT_FOUND))
                .containsOnly(HttpStatus.NOT_FOUND.getCode());
        assertThat(statuses(LibraryRejection.RATING_OUT_OF_RANGE, LibraryRejection.COMMENT_BLANK,
                LibraryRejection.COMMENT_TOO_LONG)).containsOnly(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(statuses(LibraryRejection.REVIEW_ALREADY_EXISTS)).containsOnly(HttpStatus.CONFLICT.getCode());
        assertThat(statuses(LibraryRejection.MODERATION_FORBIDDEN)).containsOnly(HttpStatus.FORBIDDEN.getCode());
        assertThat(statuses(LibraryRejection.VERSION_MISMATCH)).containsOnly(HttpStatus.PRECONDITION_FAILED.getCode());
    }

    @Test
    void aCardRefusedBeforeAnyChargeIsUnprocessableAndARefundAboveTheCaptureAConflict() {
        assertThat(statuses(PaymentRejection.CARD_NUMBER_INVALID, PaymentRejection.CARD_EXPIRY_INVALID,
                PaymentRejection.CARD_EXPIRED, PaymentRejection.CARD_CVC_INVALID))
                .containsOnly(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(statuses(PaymentRejection.IDEMPOTENCY_KEY_INVALID)).containsOnly(HttpStatus.BAD_REQUEST.getCode());
        assertThat(statuses(PaymentRejection.REFUND_EXCEEDS_CAPTURED)).containsOnly(HttpStatus.CONFLICT.getCode());
    }

    @Test
    void venueRejectionsSayWhatKindOfFailureTheyAre() {
        assertThat(statuses(SalesRejection.VENUE_NOT_FOUND, SalesRejection.EVENT_NOT_FOUND,
                SalesRejection.TOUR_NOT_FOUND)).containsOnly(HttpStatus.NOT_FOUND.getCode());
        assertThat(statuses(SalesRejection.SEATS_IN_USE, SalesRejection.VENUE_IN_USE, SalesRejection.CONCURRENT_UPDATE,
                SalesRejection.NOT_ENOUGH_ADJACENT_SEATS, SalesRejection.SCREENING_OVERLAP))
                .containsOnly(HttpStatus.CONFLICT.getCode());
        assertThat(statuses(SalesRejection.ROW_RANGE_INVALID, SalesRejection.SEAT_RANGE_INVALID,
                SalesRejection.SEAT_REFERENCE_INVALID, SalesRejection.SEAT_OUTSIDE_LAYOUT,
                SalesRejection.SEAT_MAP_TOO_LARGE, SalesRejection.SEAT_MAP_EMPTY,
                SalesRejection.CINEMA_ROOM_NEEDS_SEATS)).containsOnly(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(statuses(SalesRejection.VERSION_MISMATCH)).containsOnly(HttpStatus.PRECONDITION_FAILED.getCode());
    }

    @Test
    void everyCodeHasATitleAndADetailInEachLanguage() throws IOException {
        List<String> codes = new ArrayList<>(REJECTION_CODES);
        codes.addAll(ProblemErrorResponseProcessor.CODES);

        for (String bundle : BUNDLES) {
            Properties texts = load(bundle);
            assertThat(codes).allSatisfy(code -> {
                assertThat(texts.getProperty(code + ".title")).as(bundle + " " + code + ".title").isNotBlank();
                assertThat(texts.getProperty(code + ".detail")).as(bundle + " " + code + ".detail").isNotBlank();
            });
        }
    }

    @Test
    void everyFieldMessageIsThereInEachLanguage() throws IOException {
        List<String> keys = new ArrayList<>(ProblemErrorResponseProcessor.FIELD_KEYS);
        CONSTRAINTS.forEach(constraint -> keys.add("field." + constraint));

        for (String bundle : BUNDLES) {
            Properties texts = load(bundle);
            assertThat(keys).allSatisfy(key -> assertThat(texts.getProperty(key)).as(bundle + " " + key)
                    .isNotBlank());
        }
    }

    private static List<Integer> statuses(Enum<?>... codes) {
        return Arrays.stream(codes).map(code -> ProblemStatuses.of(code.name()).getCode()).toList();
    }

    private static Properties load(String bundle) throws IOException {
        String path = ProblemMessages.BUNDLE.replace('.', '/').replace("/messages", "/") + bundle;
        try (InputStream in = ProblemCatalogueTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat((Object) in).as(path).isNotNull();
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        }
    }
}
