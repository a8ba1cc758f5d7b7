package app.marquee.application.notification.service;

import app.marquee.application.identity.fakes.MutableClock;
import app.marquee.application.notification.ClaimedMessage;
import app.marquee.application.notification.OutboxEntry;
import app.marquee.application.notification.fakes.InMemoryOutbox;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.notification.MessageData;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.NotificationRejection;
import app.marquee.domain.notification.OutboundMessage;
import app.marquee.domain.notification.OutboxStatus;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RetryNotificationServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final RetryNotificationService retry = new RetryNotificationService(outbox, clock);

    @Test
    void aDeadMessageIsQueuedAgainFromScratch() {
        ClaimedMessage claimed = claim(append(MessageData.of(Map.of("displayName", "Ann"))));
        outbox.dead(claimed, "550 5.1.1 no such user", NOW);
        clock.advance(Duration.ofMinutes(5));

        Outcome<OutboxEntry> outcome = retry.retry(claimed.id());

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Accepted.class, accepted -> {
            OutboxEntry entry = (OutboxEntry) accepted.value();
            assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(entry.attempts()).isZero();
            assertThat(entry.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        });
    }

    @Test
    void aMessageBeingSentUnderALiveLeaseIsInFlight() {
        UUID id = append(MessageData.of(Map.of("displayName", "Ann")));
        claim(id);

        assertThat(retry.retry(id)).isEqualTo(Outcome.rejected(NotificationRejection.NOTIFICATION_IN_FLIGHT));
    }

    @Test
    void aClaimWhoseLeaseIsOverNoLongerHoldsTheMessage() {
        UUID id = append(MessageData.of(Map.of("displayName", "Ann")));
        claim(id);
        clock.advance(Duration.ofMinutes(2));

        assertThat(retry.retry(id).isAccepted()).isTrue();
    }

    @Test
    void aPendingMessageWaitingForItsNextTryIsQueuedAgain() {
        ClaimedMessage claimed = claim(append(MessageData.of(Map.of("displayName", "Ann"))));
        outbox.retryLater(claimed, "connection refused", NOW.plus(Duration.ofMinutes(10)), NOW);

        assertThat(retry.retry(claimed.id()).isAccepted()).isTrue();
    }

    @Test
    void aSentMessageIsAlreadySentAndAnUnknownOneNotFound() {
        ClaimedMessage claimed = claim(append(MessageData.of(Map.of("displayName", "Ann"))));
        outbox.sent(claimed, NOW);

        assertThat(retry.retry(claimed.id())).isEqualTo(Outcome.rejected(NotificationRejection.NOTIFICATION_ALREADY_SENT));
        assertThat(retry.retry(UUID.randomUUID())).isEqualTo(Outcome.rejected(NotificationRejection.NOTIFICATION_NOT_FOUND));
    }

    @Test
    void aDeadLinkThatRanOutIsExpired() {
        ClaimedMessage claimed = claim(append(MessageData.of(Map.of("displayName", "Ann",
                "expiresAt", NOW.plus(Duration.ofMinutes(30)).toString())).withSecret("token", "s3cret")));
        outbox.dead(claimed, "connection refused", NOW);
        clock.advance(Duration.ofMinutes(30));

        assertThat(retry.retry(claimed.id())).isEqualTo(Outcome.rejected(NotificationRejection.NOTIFICATION_EXPIRED));
        assertThat(outbox.byId(claimed.id()).orElseThrow().status()).isEqualTo(OutboxStatus.DEAD);
    }

    private UUID append(MessageData data) {
        return outbox.append(OutboundMessage.email(MessageKind.PASSWORD_RESET, new AccountId(UUID.randomUUID()),
                new EmailAddress("ann@example.org"), Language.EN, data), NOW);
    }

    private ClaimedMessage claim(UUID id) {
        return outbox.claimDue(clock.instant(), clock.instant().plus(Duration.ofMinutes(2)), 10).stream()
                .filter(claimed -> claimed.id().equals(id)).findFirst().orElseThrow();
    }
}
