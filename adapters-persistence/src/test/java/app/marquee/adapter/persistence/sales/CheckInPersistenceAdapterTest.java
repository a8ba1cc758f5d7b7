package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.application.sales.checkin.DoorTicket;
import app.marquee.domain.sales.order.TicketId;
import app.marquee.domain.sales.order.TicketState;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CheckInPersistenceAdapterTest extends DatabaseTest {
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    @Inject
    CheckInPersistenceAdapter door;
    @Inject
    ShowPersistenceAdapter shows;
    @Inject
    VenuePersistenceAdapter venues;
    @Inject
    EventPersistenceAdapter events;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void theDoorReadsATicketWithItsSeatTierAndHolderName() {
        SaleRows rows = new SaleRows(transactions, NOW);
        TicketId ticket = ticket(rows, "VALID");

        DoorTicket read = door.ticket(ticket).orElseThrow();

        assertThat(read.labelled().ticket().id()).isEqualTo(ticket);
        assertThat(read.labelled().seatLabel()).contains("Stalls A-1");
        assertThat(read.labelled().tierName()).isEqualTo("Full");
        assertThat(read.labelled().ticket().state()).isEqualTo(TicketState.VALID);
        assertThat(read.holderName()).as("no account row for this holder").isEmpty();
        assertThat(door.ticket(new TicketId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void anEntryIsRecordedOnceAndNeverWithAVoidTicket() {
        SaleRows rows = new SaleRows(transactions, NOW);
        TicketId valid = ticket(rows, "VALID");
        TicketId voided = ticket(rows, "VOID");

        assertThat(door.recordEntry(valid, NOW)).isTrue();
        assertThat(door.recordEntry(valid, NOW.plusSeconds(5))).isFalse();
        assertThat(door.ticket(valid).orElseThrow().labelled().ticket().checkedInAt()).contains(NOW);
        assertThat(door.recordEntry(voided, NOW)).isFalse();
        assertThat(door.ticket(voided).orElseThrow().labelled().ticket().checkedInAt()).isEmpty();
    }

    @Test
    void ofEightDoorsScanningOneTicketAtOnceExactlyOneRecordsTheEntry() throws Exception {
        SaleRows rows = new SaleRows(transactions, NOW);
        TicketId ticket = ticket(rows, "VALID");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> doors = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Instant at = NOW.plusMillis(i);
                Callable<Boolean> scan = () -> {
                    start.await();
                    return door.recordEntry(ticket, at);
                };
                doors.add(threads.submit(scan));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> one : doors) {
                results.add(one.get());
            }
            assertThat(results).containsOnlyOnce(true);
        } finally {
            threads.shutdownNow();
        }
        assertThat(door.ticket(ticket).orElseThrow().labelled().ticket().checkedInAt()).isPresent();
    }

    private TicketId ticket(SaleRows rows, String state) {
        SaleRows.Stage stage = rows.stage(venues, events, shows);
        UUID seat = stage.hall().seatMap().seats().get(0).id().value();
        UUID tier = stage.show().terms().tiers().get(0).id().value();
        UUID hold = rows.hold(stage.show(), UUID.randomUUID(), "CONVERTED", NOW.plusSeconds(600), null);
        UUID order = rows.order(stage.show(), hold, 3000, state.equals("VALID") ? "PAID" : "CANCELLED",
                state.equals("VALID") ? null : 3000L);
        return new TicketId(rows.ticket(stage.show(), order, seat, null, tier, state));
    }
}
