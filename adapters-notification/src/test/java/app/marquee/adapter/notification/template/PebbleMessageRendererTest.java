package app.marquee.adapter.notification.template;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.notification.Channel;
import app.marquee.domain.notification.MessageData;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.OutboundMessage;
import app.marquee.domain.notification.RenderedMessage;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PebbleMessageRendererTest {
    private final PebbleMessageRenderer renderer = new PebbleMessageRenderer();

    @Test
    void everyKindRendersInBothLanguagesOnBothChannelsWithNothingLeftUnfilled() {
        for (MessageKind kind : MessageKind.values()) {
            for (Language language : Language.values()) {
                RenderedMessage email = renderer.render(message(kind, Channel.EMAIL, language, sample(kind)));
                assertThat(email.subject()).as("%s %s subject", kind, language).get().asString().isNotBlank();
                assertThat(List.of(email.subject().get(), email.html().orElseThrow(), email.text()))
                        .as("%s %s", kind, language).allSatisfy(part -> assertThat(part)
                                .doesNotContain("{{", "}}", "{%", "%}", "null"));
                Map<String, Object> smsValues = new HashMap<>(sample(kind));
                smsValues.remove("codes");
                RenderedMessage sms = renderer.render(message(kind, Channel.SMS, language, smsValues));
                assertThat(sms.text()).as("%s %s sms", kind, language).isNotBlank().doesNotContain("{{", "{%")
                        .hasSizeLessThan(320);
            }
        }
    }

    @Test
    void theConfirmationListsTicketNumbersPlacesAndCodes() {
        RenderedMessage email = renderer.render(message(MessageKind.ORDER_CONFIRMED, Channel.EMAIL, Language.EN,
                sample(MessageKind.ORDER_CONFIRMED)));

        assertThat(email.text()).contains("Ticket 101: Row A, seat 5 (Adult), code MQ1.code-101")
                .contains("Ticket 102: Row A, seat 6 (Adult), code MQ1.code-102").contains("€45.00");
        assertThat(email.html()).get().asString().contains("MQ1.code-101");
    }

    @Test
    void aShowStartsAtTheVenuesLocalTimeInTheRecipientsLanguage() {
        RenderedMessage en = renderer.render(message(MessageKind.ORDER_CONFIRMED, Channel.EMAIL, Language.EN,
                sample(MessageKind.ORDER_CONFIRMED)));
        RenderedMessage fr = renderer.render(message(MessageKind.ORDER_CONFIRMED, Channel.EMAIL, Language.FR,
                sample(MessageKind.ORDER_CONFIRMED)));

        assertThat(en.text()).contains("Friday 12 June 2026, 20:30 (Europe/Paris)");
        assertThat(fr.text()).contains("vendredi 12 juin 2026 à 20:30 (Europe/Paris)").contains("45,00");
        assertThat(fr.subject()).contains("Vos billets pour Hamlet <live> & co");
    }

    @Test
    void valuesAreEscapedInTheHtmlPartOnly() {
        RenderedMessage email = renderer.render(message(MessageKind.ORDER_CONFIRMED, Channel.EMAIL, Language.EN,
                sample(MessageKind.ORDER_CONFIRMED)));

        assertThat(email.html()).get().asString().contains("Hamlet &lt;live&gt; &amp; co").doesNotContain("<live>");
        assertThat(email.text()).contains("Hamlet <live> & co");
    }

    @Test
    void aMissingValueIsAnErrorNotABlank() {
        Map<String, Object> values = new HashMap<>(sample(MessageKind.PASSWORD_RESET));
        values.remove("link");

        assertThatThrownBy(() -> renderer.render(message(MessageKind.PASSWORD_RESET, Channel.EMAIL, Language.EN, values)))
                .isInstanceOf(RuntimeException.class);
    }

    private static OutboundMessage message(MessageKind kind, Channel channel, Language language,
                                           Map<String, Object> values) {
        String to = channel == Channel.EMAIL ? "ada@example.com" : "+33612345678";
        return new OutboundMessage(kind, channel, to, language, Optional.of(new AccountId(UUID.randomUUID())),
                MessageData.of(values));
    }

    /** The data keys each kind is written with (README, "Notifications"). */
    static Map<String, Object> sample(MessageKind kind) {
        Map<String, Object> show = Map.of("displayName", "Ada", "showTitle", "Hamlet <live> & co",
                "venueName", "L'Olympia", "startsAt", "2026-06-12T18:30:00Z", "timeZone", "Europe/Paris");
        Map<MessageKind, Map<String, Object>> extra = new EnumMap<>(MessageKind.class);
        Map<String, Object> account = Map.of("displayName", "Ada", "link", "http://localhost:8080/verify-email?token=t0k",
                "token", "t0k", "expiresAt", "2026-06-13T08:00:00Z");
        extra.put(MessageKind.WELCOME, account);
        extra.put(MessageKind.EMAIL_VERIFICATION, account);
        extra.put(MessageKind.PASSWORD_RESET, account);
        extra.put(MessageKind.TWO_FACTOR_ENABLED, Map.of("displayName", "Ada", "at", "2026-06-12T08:00:00Z"));
        extra.put(MessageKind.TWO_FACTOR_DISABLED, Map.of("displayName", "Ada", "at", "2026-06-12T08:00:00Z"));
        extra.put(MessageKind.ORDER_CONFIRMED, with(show, Map.of("orderId", "o-1", "total", 4500L, "currency", "EUR",
                "tickets", List.of(Map.of("number", "101", "place", "Row A, seat 5", "tier", "Adult"),
                        Map.of("number", "102", "place", "Row A, seat 6", "tier", "Adult")),
                "codes", Map.of("101", "MQ1.code-101", "102", "MQ1.code-102"))));
        extra.put(MessageKind.ORDER_REFUNDED, with(show, Map.of("orderId", "o-1", "refundAmount", 2250L, "currency", "EUR")));
        extra.put(MessageKind.LATE_PAYMENT_REFUNDED, with(show, Map.of("refundAmount", 4500L, "currency", "EUR")));
        extra.put(MessageKind.SHOW_CANCELLED, with(show, Map.of("orderId", "o-1", "refundAmount", 4500L, "currency", "JPY")));
        extra.put(MessageKind.WAITLIST_OFFER, with(show, Map.of("places", 2, "expiresAt", "2026-06-10T10:00:00Z",
                "showId", "s-1", "holdId", "h-1")));
        return extra.get(kind);
    }

    private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(base);
        all.putAll(more);
        return all;
    }
}
