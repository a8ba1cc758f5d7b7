package app.marquee.domain.payment.card;

import app.marquee.domain.payment.PaymentRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CardTest {
    /** 15 March 2027, noon UTC. */
    private static final Instant NOW = Instant.parse("2027-03-15T12:00:00Z");

    @Test
    void acceptsATestCardTypedWithSpacesAndShowsOnlyItsBrandAndLastFour() {
        Card card = valid("4242 4242 4242 4242", 12, 2030, "123");

        assertThat(card.summary()).isEqualTo(new CardSummary(CardBrand.VISA, "4242"));
        assertThat(card.revealNumber()).isEqualTo("4242424242424242");
        assertThat(card.expiry()).isEqualTo(new CardExpiry(12, 2030));
    }

    @Test
    void refusesANumberWhoseCheckDigitIsWrong() {
        assertThat(Card.given("4242 4242 4242 4241", 12, 2030, "123", NOW))
                .isEqualTo(rejected(PaymentRejection.CARD_NUMBER_INVALID, "number"));
    }

    @Test
    void refusesNumbersTooShortTooLongOrNotDigits() {
        for (String number : new String[] {"", "42424242424", "42424242424242424242", "4242-4242-4242-424x", null}) {
            assertThat(Card.given(number, 12, 2030, "123", NOW)).as(number)
                    .isEqualTo(rejected(PaymentRejection.CARD_NUMBER_INVALID, "number"));
        }
    }

    @Test
    void canBeUsedUntilTheLastInstantOfItsExpiryMonthInUtc() {
        assertThat(Card.given("4242424242424242", 3, 2027, "123", Instant.parse("2027-03-31T23:59:59Z"))
                .isAccepted()).isTrue();
        assertThat(Card.given("4242424242424242", 3, 2027, "123", Instant.parse("2027-04-01T00:00:00Z")))
                .isEqualTo(rejected(PaymentRejection.CARD_EXPIRED, "expiry"));
    }

    @Test
    void refusesAnExpiryNoCardCarries() {
        assertThat(Card.given("4242424242424242", 13, 2030, "123", NOW))
                .isEqualTo(rejected(PaymentRejection.CARD_EXPIRY_INVALID, "expiry"));
        assertThat(Card.given("4242424242424242", 0, 2030, "123", NOW))
                .isEqualTo(rejected(PaymentRejection.CARD_EXPIRY_INVALID, "expiry"));
        assertThat(Card.given("4242424242424242", 12, 30, "123", NOW))
                .isEqualTo(rejected(PaymentRejection.CARD_EXPIRY_INVALID, "expiry"));
        assertThat(Card.given("4242424242424242", 12, 2048, "123", NOW))
                .isEqualTo(rejected(PaymentRejection.CARD_EXPIRY_INVALID, "expiry"));
        assertThat(Card.given("4242424242424242", 12, 2047, "123", NOW).isAccepted()).isTrue();
    }

    @Test
    void wantsThreeDigitsOfSecurityCodeAndFourForAmericanExpress() {
        assertThat(Card.given("4242424242424242", 12, 2030, "12", NOW))
                .isEqualTo(rejected(PaymentRejection.CARD_CVC_INVALID, "cvc"));
        assertThat(Card.given("4242424242424242", 12, 2030, "1234", NOW))
                .isEqualTo(rejected(PaymentRejection.CARD_CVC_INVALID, "cvc"));
        assertThat(Card.given("378282246310005", 12, 2030, "123", NOW))
                .isEqualTo(rejected(PaymentRejection.CARD_CVC_INVALID, "cvc"));
        assertThat(valid("378282246310005", 12, 2030, "1234").brand()).isEqualTo(CardBrand.AMEX);
    }

    @Test
    void tellsTheBrandFromTheFirstDigits() {
        assertThat(valid("5555555555554444", 1, 2030, "123").brand()).isEqualTo(CardBrand.MASTERCARD);
        assertThat(valid("2223003122003222", 1, 2030, "123").brand()).isEqualTo(CardBrand.MASTERCARD);
        assertThat(valid("6011111111111117", 1, 2030, "123").brand()).isEqualTo(CardBrand.DISCOVER);
        assertThat(valid("3056930009020004", 1, 2030, "123").brand()).isEqualTo(CardBrand.DINERS);
        assertThat(valid("3566002020360505", 1, 2030, "123").brand()).isEqualTo(CardBrand.JCB);
        assertThat(valid("6200000000000005", 1, 2030, "123").brand()).isEqualTo(CardBrand.UNIONPAY);
        assertThat(valid("9999999999999995", 1, 2030, "123").brand()).isEqualTo(CardBrand.UNKNOWN);
    }

    @Test
    void neverPrintsItsNumberOrSecurityCode() {
        Card card = valid("4000 0000 0000 9995", 7, 2031, "987");

        assertThat(card.toString()).isEqualTo("Card[VISA **** 9995, expires 07/2031]")
                .doesNotContain("4000000000009995").doesNotContain("987");
    }

    private static Card valid(String number, int month, int year, String cvc) {
        Outcome<Card> card = Card.given(number, month, year, cvc, NOW);
        assertThat(card.isAccepted()).as(number + " " + card).isTrue();
        return ((Outcome.Accepted<Card>) card).value();
    }

    private static Outcome<Card> rejected(PaymentRejection reason, String field) {
        return Outcome.rejected(Rejection.onField(reason, field));
    }
}
