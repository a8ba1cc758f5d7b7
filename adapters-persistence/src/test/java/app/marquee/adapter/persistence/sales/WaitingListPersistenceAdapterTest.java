package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.application.sales.waitlist.port.out.WaitingListsPort.StoredEntry;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.waitlist.EntryState;
import app.marquee.domain.sales.waitlist.Offer;
import app.marquee.domain.sales.waitlist.WaitingEntry;
import app.marquee.domain.sales.waitlist.WaitingList;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class WaitingListPersistenceAdapterTest extends DatabaseTest {
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    @Inject
    WaitingListPersistenceAdapter lines;
    @Inject
    ShowPersistenceAdapter shows;
    @Inject
    VenuePersistenceAdapter venues;
    @Inject
    EventPersistenceAdapter events;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void entriesReadBackInLineOrderAndOffersGoToTheFirstWhoseWishFits() {
        SaleRows rows = new SaleRows(transactions, NOW);
        Show show = rows.stage(venues, events, shows).show();
        TierId tier = show.terms().tiers().get(0).id();
        AccountId ann = AccountId.newId();
        AccountId bob = AccountId.newId();
        AccountId cat = AccountId.newId();
        join(show, ann, tier, 3, NOW);
        join(show, bob, tier, 1, NOW.plusMillis(1));
        join(show, cat, tier, 1, NOW.plusMillis(2));

        WaitingList line = lines.line(show.id());
        assertThat(line.waiting()).extracting(WaitingEntry::entrant).containsExactly(ann, bob, cat);
        List<Offer> offers = line.offer(tier, 2, Duration.ofHours(2), NOW);
        UUID hold = rows.hold(show, bob.value(), "ACTIVE", NOW.plus(Duration.ofHours(2)), null);
        lines.update(show.id(), line.openEntry(bob).orElseThrow(), Optional.of(new HoldId(hold)), NOW);
        UUID catsHold = rows.hold(show, cat.value(), "ACTIVE", NOW.plus(Duration.ofHours(2)), null);
        lines.update(show.id(), line.openEntry(cat).orElseThrow(), Optional.of(new HoldId(catsHold)), NOW);

        assertThat(offers).extracting(Offer::entrant).containsExactly(bob, cat);
        StoredEntry bobs = lines.latestOf(show.id(), bob).orElseThrow();
        assertThat(bobs.entry().state()).isEqualTo(EntryState.OFFERED);
        assertThat(bobs.offerHold()).contains(new HoldId(hold));
        assertThat(lines.line(show.id()).positionOf(ann)).hasValue(1);
        assertThat(lines.entrantsHolding(show.id(), NOW)).containsExactlyInAnyOrder(bob, cat);
        assertThat(lines.wishesBesides(show.id(), cat)).isEqualTo(Map.of(tier, 3));
        assertThat(lines.linesToServe(NOW, 1000)).contains(show.id());

        lines.served(new HoldId(hold), NOW);
        assertThat(lines.latestOf(show.id(), bob).orElseThrow().entry().state()).isEqualTo(EntryState.SERVED);
    }

    @Test
    void ofEightRequestsOfOnePersonToJoinAtOnceExactlyOneIsInLine() throws Exception {
        SaleRows rows = new SaleRows(transactions, NOW);
        Show show = rows.stage(venues, events, shows).show();
        TierId tier = show.terms().tiers().get(0).id();
        AccountId ann = AccountId.newId();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> requests = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Boolean> request = () -> {
                    start.await();
                    WaitingEntry entry = WaitingList.empty(show.id())
                            .join(ann, tier, 1, new PerOrderLimit(6), true, NOW).orElseThrow(r -> new IllegalStateException());
                    return lines.add(show.id(), entry, NOW);
                };
                requests.add(threads.submit(request));
            }
            start.countDown();
            List<Boolean> added = new ArrayList<>();
            for (Future<Boolean> one : requests) {
                added.add(one.get());
            }
            assertThat(added).containsOnlyOnce(true);
        } finally {
            threads.shutdownNow();
        }
        assertThat(lines.line(show.id()).waiting()).hasSize(1);
    }

    @Test
    void aLeftEntryIsClosedAndItsEntrantMayJoinAgainAtTheEnd() {
        SaleRows rows = new SaleRows(transactions, NOW);
        Show show = rows.stage(venues, events, shows).show();
        TierId tier = show.terms().tiers().get(0).id();
        AccountId ann = AccountId.newId();
        AccountId bob = AccountId.newId();
        join(show, ann, tier, 1, NOW);
        join(show, bob, tier, 1, NOW);
        WaitingList line = lines.lockLine(show.id());

        lines.update(show.id(), line.leave(ann).orElseThrow(r -> new IllegalStateException()), Optional.empty(), NOW);
        join(show, ann, tier, 1, NOW.plusSeconds(1));

        assertThat(lines.line(show.id()).waiting()).extracting(WaitingEntry::entrant).containsExactly(bob, ann);
        assertThat(lines.lockLineUnlessBusy(show.id())).isPresent();
    }

    private void join(Show show, AccountId entrant, TierId tier, int places, Instant at) {
        WaitingEntry entry = lines.line(show.id()).join(entrant, tier, places, new PerOrderLimit(6), true, at)
                .orElseThrow(r -> new IllegalStateException(r.code()));
        assertThat(lines.add(show.id(), entry, at)).isTrue();
    }
}
