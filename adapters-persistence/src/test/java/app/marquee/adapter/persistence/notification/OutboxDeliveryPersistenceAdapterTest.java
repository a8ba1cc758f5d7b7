package app.marquee.adapter.persistence.notification;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.application.notification.ClaimedMessage;
import app.marquee.application.notification.OutboxCursor;
import app.marquee.application.notification.OutboxEntry;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.notification.MessageData;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.OutboundMessage;
import app.marquee.domain.notification.OutboxStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each test appends its messages due at an instant of its own, long past and earlier than any test
 * before it, and claims as of at most two days after: it sees only its own messages, whatever other
 * tests left in the outbox.
 */
@MicronautTest(transactional = false)
class OutboxDeliveryPersistenceAdapterTest extends DatabaseTest {
    private static final AtomicLong EPOCHS = new AtomicLong(Instant.parse("2001-01-01T00:00:00Z").getEpochSecond()
            - new java.util.Random().nextInt(100_000) * 86_400L);

    @Inject
    OutboxPersistenceAdapter append;

    @Inject
    OutboxDeliveryPersistenceAdapter outbox;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void twoDispatchersClaimingAtOnceNeverGetTheSameMessage() throws Exception {
        Instant due = appendAt(30);

        Race.Result<List<ClaimedMessage>, List<ClaimedMessage>> race = Race.between(transactions,
                () -> outbox.claimDue(due, due.plusSeconds(60), 20), () -> outbox.claimDue(due, due.plusSeconds(60), 20));

        Set<UUID> first = ids(race.first());
        Set<UUID> second = ids(race.second());
        assertThat(first).hasSize(20);
        assertThat(second).hasSize(10).doesNotContainAnyElementsOf(first);
        assertThat(race.secondWaited()).as("SKIP LOCKED: the second claimer never waits").isFalse();
    }

    @Test
    void aClaimedMessageIsLeasedAndComesBackWhenTheLeaseIsOver() {
        Instant due = appendAt(1);
        ClaimedMessage claimed = outbox.claimDue(due, due.plusSeconds(60), 10).get(0);

        assertThat(outbox.claimDue(due.plusSeconds(59), due.plusSeconds(120), 10)).isEmpty();
        ClaimedMessage again = outbox.claimDue(due.plusSeconds(60), due.plusSeconds(120), 10).get(0);

        assertThat(again.id()).isEqualTo(claimed.id());
        assertThat(again.claim()).isNotEqualTo(claimed.claim());
        assertThat(outbox.sent(claimed, due)).as("a lapsed claim records nothing").isFalse();
        assertThat(outbox.sent(again, due)).isTrue();
    }

    @Test
    void aSentMessageLosesItsSecretsButKeepsTheRest() {
        Instant due = appendAt(1);
        ClaimedMessage claimed = outbox.claimDue(due, due.plusSeconds(60), 10).get(0);
        assertThat(claimed.message().data().values()).containsEntry("token", "s3cret").containsEntry("displayName", "Ada");
        assertThat(claimed.message().data().values().get("tickets")).isEqualTo(List.of(Map.of("number", "7")));

        assertThat(outbox.sent(claimed, due.plusSeconds(1))).isTrue();

        OutboxEntry sent = outbox.byId(claimed.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).contains(due.plusSeconds(1));
        assertThat(sent.shownData()).containsEntry("displayName", "Ada").doesNotContainKey("token");
        assertThat(storedData(claimed.id())).doesNotContain("s3cret").contains("Ada");
    }

    @Test
    void aFailedAttemptIsCountedAndDueAgainAtItsBackoff() {
        Instant due = appendAt(1);
        ClaimedMessage claimed = outbox.claimDue(due, due.plusSeconds(60), 10).get(0);

        assertThat(outbox.retryLater(claimed, "connection refused", due.plusSeconds(30), due)).isTrue();

        OutboxEntry pending = outbox.byId(claimed.id()).orElseThrow();
        assertThat(pending.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.lastError()).contains("connection refused");
        assertThat(pending.nextAttemptAt()).isEqualTo(due.plusSeconds(30));
        assertThat(outbox.claimDue(due.plusSeconds(29), due.plusSeconds(90), 10)).isEmpty();
        assertThat(outbox.claimDue(due.plusSeconds(30), due.plusSeconds(90), 10).get(0).attempts()).isEqualTo(1);
    }

    @Test
    void aDeadMessageKeepsItsErrorIsNeverClaimedAndCanBeQueuedAgain() {
        Instant due = appendAt(1);
        ClaimedMessage claimed = outbox.claimDue(due, due.plusSeconds(60), 10).get(0);

        assertThat(outbox.dead(claimed, "550 no such user", due)).isTrue();
        assertThat(outbox.byId(claimed.id()).orElseThrow().lastError()).contains("550 no such user");
        assertThat(outbox.claimDue(due.plus(Duration.ofDays(1)), due.plus(Duration.ofDays(2)), 10)).isEmpty();

        assertThat(outbox.requeue(claimed.id(), due.plusSeconds(5))).isTrue();
        OutboxEntry requeued = outbox.byId(claimed.id()).orElseThrow();
        assertThat(requeued.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(requeued.attempts()).isZero();
        assertThat(requeued.nextAttemptAt()).isEqualTo(due.plusSeconds(5));
        assertThat(outbox.claimDue(due.plusSeconds(5), due.plusSeconds(60), 10)).hasSize(1);
    }

    @Test
    void aSentMessageIsNeverQueuedAgain() {
        Instant due = appendAt(1);
        ClaimedMessage claimed = outbox.claimDue(due, due.plusSeconds(60), 10).get(0);
        outbox.sent(claimed, due);

        assertThat(outbox.requeue(claimed.id(), due)).isFalse();
        assertThat(outbox.requeue(UUID.randomUUID(), due)).isFalse();
        assertThat(outbox.byId(claimed.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void operatorsPageNewestFirstByStatusWithoutSecrets() {
        Instant due = appendAt(3);
        List<ClaimedMessage> claimed = outbox.claimDue(due, due.plusSeconds(60), 10);
        claimed.forEach(message -> outbox.dead(message, "refused", due));
        Set<UUID> own = ids(claimed);
        // Other tests' DEAD rows are newer: start just after this test's own rows (created at `due`).
        OutboxCursor justAfterOwn = new OutboxCursor(due, new UUID(-1L, -1L));

        List<OutboxEntry> firstPage = outbox.list(Optional.of(OutboxStatus.DEAD), Optional.of(justAfterOwn), 2);
        assertThat(firstPage).hasSize(2).allSatisfy(entry -> {
            assertThat(own).contains(entry.id());
            assertThat(entry.status()).isEqualTo(OutboxStatus.DEAD);
            assertThat(entry.shownData()).containsEntry("displayName", "Ada").doesNotContainKey("token");
        });
        OutboxEntry last = firstPage.get(1);
        List<OutboxEntry> next = outbox.list(Optional.of(OutboxStatus.DEAD),
                Optional.of(new OutboxCursor(last.createdAt(), last.id())), 1);
        assertThat(next).singleElement().satisfies(entry -> {
            assertThat(own).contains(entry.id());
            assertThat(firstPage).extracting(OutboxEntry::id).doesNotContain(entry.id());
            assertThat(entry.shownData()).doesNotContainKey("token");
        });
    }

    @Test
    void aClaimTakenOverBetweenTwoSendsCanNeitherRenewNorRecord() {
        Instant due = appendAt(2);
        List<ClaimedMessage> batch = outbox.claimDue(due, due.plusSeconds(60), 10);
        assertThat(outbox.renew(batch.get(0), due.plusSeconds(70))).isTrue();
        // The first message's send took long: the second's lease ran out and another instance claimed it.
        ClaimedMessage takenOver = outbox.claimDue(due.plusSeconds(60), due.plusSeconds(120), 10).get(0);
        assertThat(takenOver.id()).isEqualTo(batch.get(1).id());

        assertThat(outbox.renew(batch.get(1), due.plusSeconds(130))).as("not the first claimer's any more").isFalse();
        assertThat(outbox.byId(takenOver.id()).orElseThrow().nextAttemptAt()).isEqualTo(due.plusSeconds(120));
        assertThat(outbox.sent(batch.get(1), due.plusSeconds(61))).isFalse();
        assertThat(outbox.renew(takenOver, due.plusSeconds(130))).isTrue();
    }

    @Test
    void aMessageBeingSentCannotBeQueuedAgainUntilItsLeaseIsOver() {
        Instant due = appendAt(1);
        ClaimedMessage claimed = outbox.claimDue(due, due.plusSeconds(60), 10).get(0);

        assertThat(outbox.requeue(claimed.id(), due.plusSeconds(30))).isFalse();
        assertThat(outbox.sent(claimed, due.plusSeconds(31))).as("the claim survived the refused retry").isTrue();

        Instant later = appendAt(1);
        ClaimedMessage stalled = outbox.claimDue(later, later.plusSeconds(60), 10).get(0);
        assertThat(outbox.requeue(stalled.id(), later.plusSeconds(60))).as("its lease is over").isTrue();
        assertThat(outbox.sent(stalled, later.plusSeconds(61))).isFalse();
    }

    @Test
    void anExpiredMessageIsDeadWithoutAnAttemptAndLosesItsSecrets() {
        Instant due = appendAt(1);
        ClaimedMessage claimed = outbox.claimDue(due, due.plusSeconds(60), 10).get(0);

        assertThat(outbox.expired(claimed, "link expired", due)).isTrue();

        OutboxEntry dead = outbox.byId(claimed.id()).orElseThrow();
        assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(dead.attempts()).isZero();
        assertThat(dead.lastError()).contains("link expired");
        assertThat(storedData(claimed.id())).doesNotContain("s3cret").contains("Ada");
    }

    @Test
    void forgettingAnAccountDeletesItsMessagesInTheCallersTransactionAndNobodyElses() {
        AccountId gone = new AccountId(UUID.randomUUID());
        AccountId stays = new AccountId(UUID.randomUUID());
        Instant due = appendAt(1);
        List<UUID> ids = new ArrayList<>();
        transactions.executeWrite(status -> {
            append.append(List.of(message(gone, "gone@example.com"), message(gone, "gone@example.com"),
                    message(stays, "stays@example.com")), due);
            return null;
        });
        outbox.claimDue(due, due.plusSeconds(60), 10).forEach(claimed -> ids.add(claimed.id()));

        transactions.executeWrite(status -> {
            append.forgetMessagesOf(gone);
            status.setRollbackOnly();
            return null;
        });
        assertThat(accountsOf(ids)).as("rolled back with the caller").contains(gone.value());
        transactions.executeWrite(status -> {
            append.forgetMessagesOf(gone);
            return null;
        });

        assertThat(accountsOf(ids)).doesNotContain(gone.value()).contains(stays.value());
    }

    /** Appends {@code count} messages due at a fresh instant, ten days before the previous test's. */
    private Instant appendAt(int count) {
        Instant due = Instant.ofEpochSecond(EPOCHS.addAndGet(-10 * 86_400L));
        List<OutboundMessage> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(message(new AccountId(UUID.randomUUID()), "ada" + i + "@example.com"));
        }
        transactions.executeWrite(status -> {
            append.append(messages, due);
            return null;
        });
        return due;
    }

    private static OutboundMessage message(AccountId account, String to) {
        MessageData data = MessageData.of(Map.of("displayName", "Ada", "tickets", List.of(Map.of("number", "7"))))
                .withSecret("token", "s3cret");
        return OutboundMessage.email(MessageKind.PASSWORD_RESET, account, new EmailAddress(to), Language.EN, data);
    }

    /** The accounts of those of these messages still stored. */
    private static List<UUID> accountsOf(List<UUID> ids) {
        try (Connection connection = TestDatabase.openConnection();
             var query = connection.prepareStatement("SELECT account_id FROM outbox_messages WHERE id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            List<UUID> accounts = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    accounts.add(rows.getObject(1, UUID.class));
                }
            }
            return accounts;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<UUID> ids(List<ClaimedMessage> claimed) {
        return new HashSet<>(claimed.stream().map(ClaimedMessage::id).toList());
    }

    private static String storedData(UUID id) {
        try (Connection connection = TestDatabase.openConnection();
             var query = connection.prepareStatement("SELECT data::text || array_to_string(secret_keys, ',') "
                     + "FROM outbox_messages WHERE id = ?")) {
            query.setObject(1, id);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
