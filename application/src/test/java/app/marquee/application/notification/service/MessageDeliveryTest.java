package app.marquee.application.notification.service;

import app.marquee.application.notification.ClaimedMessage;
import app.marquee.application.notification.NotificationSettings;
import app.marquee.application.notification.port.out.OutboxDeliveryPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.MessageData;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.OutboundMessage;
import app.marquee.domain.notification.RenderedMessage;
import app.marquee.domain.notification.RetryPolicy;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MessageDeliveryTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private final RecordedOutcomes outbox = new RecordedOutcomes();
    private final NotificationSettings settings = new NotificationSettings(10, Duration.ofMinutes(2),
            new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 3));

    @Test
    void aDeliveredMessageIsSent() {
        delivery(DeliveryResult.delivered()).deliver(claimed(0));

        assertThat(outbox.outcomes).containsExactly("SENT");
        assertThat(outbox.renewedUntil).as("the lease renewed just before the send").containsExactly(NOW.plusSeconds(120));
    }

    @Test
    void aLinkThatRanOutIsDeadWithoutBeingSent() {
        List<String> sent = new ArrayList<>();
        MessageDelivery delivery = new MessageDelivery(message -> RenderedMessage.email("Hi", "<p>Hi</p>", "Hi"),
                (channel, to, message) -> {
                    sent.add(to);
                    return DeliveryResult.delivered();
                }, outbox, settings, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.0);

        delivery.deliver(claimed(0, MessageData.of(Map.of("displayName", "Ada", "expiresAt", NOW.toString()))
                .withSecret("link", "https://x/reset?t=s3cret")));

        assertThat(sent).isEmpty();
        assertThat(outbox.outcomes).containsExactly("EXPIRED link expired (" + NOW + ")");
    }

    @Test
    void aLinkStillValidIsSent() {
        delivery(DeliveryResult.delivered()).deliver(claimed(0, MessageData.of(Map.of("displayName", "Ada",
                "expiresAt", NOW.plusSeconds(1).toString()))));

        assertThat(outbox.outcomes).containsExactly("SENT");
    }

    @Test
    void aRetryableFailureComesBackAfterItsBackoff() {
        delivery(DeliveryResult.retryable("connection refused")).deliver(claimed(0));

        assertThat(outbox.outcomes).containsExactly("RETRY connection refused at " + NOW.plusSeconds(15));
    }

    @Test
    void theLastAttemptIsDead() {
        delivery(DeliveryResult.retryable("connection refused")).deliver(claimed(2));

        assertThat(outbox.outcomes).containsExactly("DEAD connection refused");
    }

    @Test
    void aPermanentFailureIsDeadAtOnce() {
        delivery(DeliveryResult.permanent("550 no such user")).deliver(claimed(0));

        assertThat(outbox.outcomes).containsExactly("DEAD 550 no such user");
    }

    @Test
    void aMessageThatCannotBeRenderedIsDeadAtOnce() {
        new MessageDelivery(message -> {
            throw new IllegalStateException("no value for link");
        }, (channel, to, message) -> DeliveryResult.delivered(), outbox, settings, Clock.fixed(NOW, ZoneOffset.UTC),
                () -> 0.0).deliver(claimed(0));

        assertThat(outbox.outcomes).containsExactly("DEAD not rendered: no value for link");
    }

    @Test
    void aChannelThatThrowsIsRetried() {
        new MessageDelivery(message -> RenderedMessage.email("Hi", "<p>Hi</p>", "Hi"), (channel, to, message) -> {
            throw new IllegalStateException("boom");
        }, outbox, settings, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.0).deliver(claimed(0));

        assertThat(outbox.outcomes).singleElement().asString().startsWith("RETRY");
    }

    private MessageDelivery delivery(DeliveryResult answer) {
        return new MessageDelivery(message -> RenderedMessage.email("Hi", "<p>Hi</p>", "Hi"),
                (channel, to, message) -> answer, outbox, settings, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.0);
    }

    private static ClaimedMessage claimed(int attempts) {
        return claimed(attempts, MessageData.of(Map.of("displayName", "Ada")));
    }

    private static ClaimedMessage claimed(int attempts, MessageData data) {
        return new ClaimedMessage(UUID.randomUUID(), UUID.randomUUID(), OutboundMessage.email(MessageKind.PASSWORD_RESET,
                new AccountId(UUID.randomUUID()), new EmailAddress("ada@example.com"), Language.EN, data), attempts);
    }

    /** The outbox as the dispatcher writes outcomes to it. */
    private static final class RecordedOutcomes implements OutboxDeliveryPort {
        final List<String> outcomes = new ArrayList<>();
        final List<Instant> renewedUntil = new ArrayList<>();

        @Override
        public List<ClaimedMessage> claimDue(Instant now, Instant leasedUntil, int max) {
            return List.of();
        }

        @Override
        public boolean renew(ClaimedMessage message, Instant leasedUntil) {
            renewedUntil.add(leasedUntil);
            return true;
        }

        @Override
        public boolean expired(ClaimedMessage message, String error, Instant now) {
            return outcomes.add("EXPIRED " + error);
        }

        @Override
        public boolean sent(ClaimedMessage message, Instant now) {
            return outcomes.add("SENT");
        }

        @Override
        public boolean retryLater(ClaimedMessage message, String error, Instant nextAttempt, Instant now) {
            return outcomes.add("RETRY " + error + " at " + nextAttempt);
        }

        @Override
        public boolean dead(ClaimedMessage message, String error, Instant now) {
            return outcomes.add("DEAD " + error);
        }
    }
}
