package app.marquee.adapter.rest.problem;

import io.micronaut.http.HttpStatus;

import java.util.Map;

/**
 * The one HTTP status each error code is answered with, wherever it is raised: signing in to a
 * disabled or closed account and using a token of one are both failed authentications (401); a
 * catalog write against a stale If-Match is a failed precondition (412), while losing a race
 * the caller could not have seen (CONCURRENT_UPDATE) is a conflict (409).
 */
final class ProblemStatuses {
    private static final Map<String, HttpStatus> STATUSES = Map.ofEntries(
            Map.entry("EMAIL_TAKEN", HttpStatus.CONFLICT),
            Map.entry("PASSWORD_TOO_SHORT", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PASSWORD_TOO_LONG", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PASSWORD_SAME_AS_EMAIL", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PASSWORD_TOO_COMMON", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("INVALID_CREDENTIALS", HttpStatus.UNAUTHORIZED),
            Map.entry("TOO_MANY_ATTEMPTS", HttpStatus.TOO_MANY_REQUESTS),
            Map.entry("ACCOUNT_DISABLED", HttpStatus.UNAUTHORIZED),
            Map.entry("ACCOUNT_CLOSED", HttpStatus.UNAUTHORIZED),
            Map.entry("ACCOUNT_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("WRONG_PASSWORD", HttpStatus.FORBIDDEN),
            Map.entry("INVALID_REFRESH_TOKEN", HttpStatus.UNAUTHORIZED),
            Map.entry("REFRESH_TOKEN_REUSED", HttpStatus.UNAUTHORIZED),
            Map.entry("SESSION_REVOKED", HttpStatus.UNAUTHORIZED),
            Map.entry("TOKEN_OUTDATED", HttpStatus.UNAUTHORIZED),
            Map.entry("LAST_ADMIN", HttpStatus.CONFLICT),
            Map.entry("CLOSED_ACCOUNT_UNCHANGEABLE", HttpStatus.CONFLICT),
            Map.entry("CONCURRENT_UPDATE", HttpStatus.CONFLICT),
            // account security: verification, password reset, two-factor sign-in
            Map.entry("EMAIL_NOT_VERIFIED", HttpStatus.FORBIDDEN),
            Map.entry("INVALID_VERIFICATION_TOKEN", HttpStatus.BAD_REQUEST),
            Map.entry("EMAIL_ALREADY_VERIFIED", HttpStatus.CONFLICT),
            Map.entry("TOO_MANY_REQUESTS", HttpStatus.TOO_MANY_REQUESTS),
            Map.entry("INVALID_RESET_TOKEN", HttpStatus.BAD_REQUEST),
            Map.entry("TWO_FACTOR_ALREADY_ENABLED", HttpStatus.CONFLICT),
            Map.entry("TWO_FACTOR_NOT_ENABLED", HttpStatus.CONFLICT),
            Map.entry("INVALID_TWO_FACTOR_CODE", HttpStatus.FORBIDDEN),
            Map.entry("INVALID_TWO_FACTOR_CHALLENGE", HttpStatus.UNAUTHORIZED),
            Map.entry("INVALID_CURSOR", HttpStatus.BAD_REQUEST),
            Map.entry("INVALID_VALUE", HttpStatus.BAD_REQUEST),
            Map.entry("TITLE_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("GENRE_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("PERSON_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("SEASON_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("EPISODE_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("UNKNOWN_GENRE", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("UNKNOWN_PERSON", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("RUNTIME_REQUIRED", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("RUNTIME_NOT_ALLOWED", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("RELEASE_YEAR_OUT_OF_RANGE", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("NOT_A_SERIES", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("SEASON_NUMBER_TAKEN", HttpStatus.CONFLICT),
            Map.entry("EPISODE_NUMBER_TAKEN", HttpStatus.CONFLICT),
            Map.entry("GENRE_SLUG_TAKEN", HttpStatus.CONFLICT),
            Map.entry("TITLE_ARCHIVED", HttpStatus.CONFLICT),
            Map.entry("STILL_REFERENCED", HttpStatus.CONFLICT),
            Map.entry("VERSION_MISMATCH", HttpStatus.PRECONDITION_FAILED),
            Map.entry("IMAGE_TOO_LARGE", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
            Map.entry("IMAGE_FORMAT_UNSUPPORTED", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
            Map.entry("IMAGE_UNREADABLE", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("IMAGE_DIMENSIONS", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("IMAGE_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("EPISODE_REQUIRED", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("POSITION_NEGATIVE", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("POSITION_BEYOND_RUNTIME", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PROGRESS_NOT_FOUND", HttpStatus.NOT_FOUND),
            // library: favorites, reactions, reviews
            Map.entry("FAVORITE_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("REACTION_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("REVIEW_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("REVIEW_ALREADY_EXISTS", HttpStatus.CONFLICT),
            Map.entry("RATING_OUT_OF_RANGE", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("COMMENT_BLANK", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("COMMENT_TOO_LONG", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("MODERATION_FORBIDDEN", HttpStatus.FORBIDDEN),
            Map.entry("PLAYLIST_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("PLAYLIST_ITEM_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("PLAYLIST_NAME_TAKEN", HttpStatus.CONFLICT),
            Map.entry("PLAYLIST_FULL", HttpStatus.CONFLICT),
            Map.entry("TITLE_ALREADY_IN_PLAYLIST", HttpStatus.CONFLICT),
            Map.entry("POSITION_OUT_OF_RANGE", HttpStatus.UNPROCESSABLE_ENTITY),
            // payment: a card refused before any charge, a malformed Idempotency-Key, a refund above the capture
            Map.entry("CARD_NUMBER_INVALID", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("CARD_EXPIRY_INVALID", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("CARD_EXPIRED", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("CARD_CVC_INVALID", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("IDEMPOTENCY_KEY_INVALID", HttpStatus.BAD_REQUEST),
            Map.entry("REFUND_EXCEEDS_CAPTURED", HttpStatus.CONFLICT),
            // payment of an order: the card refused, the provider out, the Idempotency-Key's rules
            Map.entry("PAYMENT_DECLINED", HttpStatus.PAYMENT_REQUIRED),
            Map.entry("PAYMENT_FAILED", HttpStatus.PAYMENT_REQUIRED),
            Map.entry("PAYMENT_PROVIDER_UNAVAILABLE", HttpStatus.SERVICE_UNAVAILABLE),
            Map.entry("PAYMENT_IN_PROGRESS", HttpStatus.CONFLICT),
            Map.entry("IDEMPOTENCY_KEY_REUSED", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("IDEMPOTENCY_KEY_IN_USE", HttpStatus.CONFLICT),
            // the payment provider's webhook: nothing is believed without a valid signature
            Map.entry("WEBHOOK_SIGNATURE_INVALID", HttpStatus.BAD_REQUEST),
            // sales: venues, seat maps, seating, events, screenings
            Map.entry("VENUE_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("VENUE_IN_USE", HttpStatus.CONFLICT),
            Map.entry("SEATS_IN_USE", HttpStatus.CONFLICT),
            Map.entry("SEAT_MAP_EMPTY", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("SEAT_MAP_TOO_LARGE", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("CINEMA_ROOM_NEEDS_SEATS", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("SECTION_NAME_DUPLICATE", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("AREA_NAME_DUPLICATE", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("ROW_RANGE_INVALID", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("SEAT_RANGE_INVALID", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("SEAT_REFERENCE_INVALID", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("SEAT_OUTSIDE_LAYOUT", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("NOT_ENOUGH_ADJACENT_SEATS", HttpStatus.CONFLICT),
            Map.entry("EVENT_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("TOUR_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("EVENT_CANCELLED", HttpStatus.CONFLICT),
            Map.entry("SCREENING_OVERLAP", HttpStatus.CONFLICT),
            Map.entry("SHOW_TIMES_INVALID", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("VENUE_NOT_A_CINEMA_ROOM", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("TITLE_RUNTIME_UNKNOWN", HttpStatus.UNPROCESSABLE_ENTITY),
            // sales: shows, holds, orders, tickets, promo codes, waiting lists
            Map.entry("SHOW_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("SHOW_NOT_ON_SALE", HttpStatus.CONFLICT),
            Map.entry("SHOW_CANCELLED", HttpStatus.CONFLICT),
            Map.entry("SHOW_PAST", HttpStatus.CONFLICT),
            Map.entry("SALES_WINDOW_NOT_OPEN", HttpStatus.CONFLICT),
            Map.entry("SALES_WINDOW_CLOSED", HttpStatus.CONFLICT),
            Map.entry("TIER_NOT_FOUND", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("HOLD_EMPTY", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("DUPLICATE_SEAT", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PER_ORDER_LIMIT_EXCEEDED", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("SEAT_NOT_FOUND", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("AREA_NOT_FOUND", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("TIER_NOT_APPLICABLE", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("SEATS_UNAVAILABLE", HttpStatus.CONFLICT),
            Map.entry("AREA_SOLD_OUT", HttpStatus.CONFLICT),
            Map.entry("HOLD_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("HOLD_EXPIRED", HttpStatus.CONFLICT),
            Map.entry("HOLD_NOT_ACTIVE", HttpStatus.CONFLICT),
            Map.entry("ORDER_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("ORDER_ALREADY_CANCELLED", HttpStatus.CONFLICT),
            Map.entry("NOT_REFUNDABLE", HttpStatus.CONFLICT),
            Map.entry("TICKET_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("PROMO_CODE_UNKNOWN", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PROMO_CODE_NOT_YET_VALID", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PROMO_CODE_EXPIRED", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PROMO_CODE_EXHAUSTED", HttpStatus.CONFLICT),
            Map.entry("PROMO_CODE_USER_LIMIT_REACHED", HttpStatus.CONFLICT),
            Map.entry("PROMO_CODE_OTHER_EVENT", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PROMO_CODE_CURRENCY_MISMATCH", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PROMO_CODE_DUPLICATE", HttpStatus.CONFLICT),
            Map.entry("PROMO_CODE_WINDOW_INVALID", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("SHOW_NOT_SOLD_OUT", HttpStatus.CONFLICT),
            Map.entry("ALREADY_ON_WAITING_LIST", HttpStatus.CONFLICT),
            Map.entry("NOT_ON_WAITING_LIST", HttpStatus.NOT_FOUND),
            Map.entry("PLACES_KEPT_FOR_WAITING_LIST", HttpStatus.CONFLICT),
            Map.entry("NOT_ENOUGH_SEATS", HttpStatus.CONFLICT));

    private ProblemStatuses() {
    }

    static HttpStatus of(String code) {
        HttpStatus status = STATUSES.get(code);
        if (status == null) {
            throw new IllegalArgumentException("no HTTP status is mapped for " + code);
        }
        return status;
    }
}
