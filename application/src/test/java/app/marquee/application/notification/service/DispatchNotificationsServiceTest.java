package app.marquee.application.notification.service;

import app.marquee.application.identity.fakes.MutableClock;
import app.marquee.application.notification.NotificationSettings;
import app.marquee.application.notification.fakes.InMemoryOutbox;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.MessageData;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.OutboundMessage;
import app.marquee.domain.notification.OutboxStatus;
import app.marquee.domain.notification.RenderedMessage;
import app.marquee.domain.notification.RetryPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchNotificationsServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final NotificationSettings settings = new NotificationSettings(50, LEASE,
            new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8));
    private final List<String> sent = new ArrayList<>();
    private Consumer<String> whileSending = to -> { };

    @Test
    void aMessageTakenOverBetweenTwoSendsIsNotSentByTheFirstClaimer() {
        append("ann@example.org");
        UUID second = append("bob@example.org");
        whileSending = to -> {
            clock.advance(LEASE.plusSeconds(1));
            outbox.takeOver(second, clock.instant().plus(LEASE));
        };

        assertThat(dispatch().dispatchNextBatch()).isEqualTo(2);

        assertThat(sent).containsExactly("ann@example.org");
        assertThat(outbox.byId(second).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(outbox.byId(second).orElseThrow().attempts()).isZero();
    }

    @Test
    void eachMessageIsLeasedAfreshJustBeforeItIsSent() {
        append("ann@example.org");
        UUID second = append("bob@example.org");
        List<Instant> leaseOfSecond = new ArrayList<>();
        whileSending = to -> {
            leaseOfSecond.add(outbox.nextAttemptAt(second));
            clock.advance(Duration.ofSeconds(90));
        };

        dispatch().dispatchNextBatch();

        assertThat(sent).containsExactly("ann@example.org", "bob@example.org");
        assertThat(leaseOfSecond).containsExactly(NOW.plus(LEASE), NOW.plusSeconds(90).plus(LEASE));
        assertThat(outbox.byId(second).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void aResetLinkThatRanOutWhileRetriedIsDeadAndLosesItsSecrets() {
        UUID reset = outbox.append(OutboundMessage.email(MessageKind.PASSWORD_RESET, new AccountId(UUID.randomUUID()),
                new EmailAddress("ann@example.org"), Language.EN, MessageData.of(Map.of("displayName", "Ann",
                        "expiresAt", NOW.plus(Duration.ofMinutes(30)).toString())).withSecret("token", "s3cret")), NOW);
        clock.advance(Duration.ofMinutes(31));

        dispatch().dispatchNextBatch();

        assertThat(sent).isEmpty();
        assertThat(outbox.byId(reset).orElseThrow().status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(outbox.byId(reset).orElseThrow().lastError()).hasValueSatisfying(error ->
                assertThat(error).startsWith("link expired"));
        assertThat(outbox.data(reset).values()).doesNotContainKey("token").containsKey("displayName");
    }

    private DispatchNotificationsService dispatch() {
        MessageDelivery delivery = new MessageDelivery(message -> RenderedMessage.email("Hi", "<p>Hi</p>", "Hi"),
                (channel, to, message) -> {
                    sent.add(to);
                    whileSending.accept(to);
                    return DeliveryResult.delivered();
                }, outbox, settings, clock, () -> 0.0);
        return new DispatchNotificationsService(outbox, delivery, settings, clock);
    }

    private UUID append(String to) {
        return outbox.append(OutboundMessage.email(MessageKind.TWO_FACTOR_ENABLED, new AccountId(UUID.randomUUID()),
                new EmailAddress(to), Language.EN, MessageData.of(Map.of("displayName", "Ann"))), NOW);
    }
}
