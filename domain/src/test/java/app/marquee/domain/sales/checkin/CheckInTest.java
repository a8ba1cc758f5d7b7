package app.marquee.domain.sales.checkin;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.order.CancelledBy;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.order.TicketCode;
import app.marquee.domain.sales.order.TicketId;
import app.marquee.domain.sales.order.TicketSigner;
import app.marquee.domain.sales.show.ShowId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static app.marquee.domain.sales.SaleFixture.STARTS;
import static app.marquee.domain.sales.SaleFixture.eur;
import static app.marquee.domain.sales.SaleFixture.signer;
import static org.assertj.core.api.Assertions.assertThat;

class CheckInTest {
    private static final TicketSigner SERVER = signer("door secret");
    private static final AccountId ANN = AccountId.newId();
    private static final Instant DOORS = STARTS.minusSeconds(1800);
    private final SaleFixture box = new SaleFixture();
    private final Purchase purchase = box.buy(ANN, box.seat(box.a1));
    private final Ticket ticket = purchase.tickets().get(0);
    private final String code = ticket.code(SERVER).format();

    @Test
    void aTicketGetsItsHolderInTheFirstTimeAndRecordsWhen() {
        CheckInVerdict verdict = scan(code, box.show.id(), Optional.of(ANN), DOORS);

        assertThat(verdict.result()).isEqualTo(CheckInResult.VALID);
        assertThat(verdict.letsIn()).isTrue();
        assertThat(verdict.firstCheckedInAt()).contains(DOORS);
        assertThat(ticket.checkedInAt()).contains(DOORS);
    }

    @Test
    void theSecondTimeItIsAlreadyUsedAndSaysWhenItWasFirstUsed() {
        scan(code, box.show.id(), Optional.empty(), DOORS);

        CheckInVerdict again = scan(code, box.show.id(), Optional.empty(), DOORS.plusSeconds(300));

        assertThat(again.result()).isEqualTo(CheckInResult.ALREADY_USED);
        assertThat(again.letsIn()).isFalse();
        assertThat(again.firstCheckedInAt()).contains(DOORS);
    }

    @Test
    void aBadSignatureAnUnreadableCodeOrAnUnknownTicketIsForged() {
        String otherSecret = ticket.code(signer("not the server's")).format();
        String unknown = TicketCode.of(TicketId.newId(), box.show.id(), SERVER).format();

        assertThat(scan(otherSecret, box.show.id(), Optional.empty(), DOORS).result()).isEqualTo(CheckInResult.FORGED);
        assertThat(scan("hello", box.show.id(), Optional.empty(), DOORS).result()).isEqualTo(CheckInResult.FORGED);
        assertThat(scan(unknown, box.show.id(), Optional.empty(), DOORS).result()).isEqualTo(CheckInResult.FORGED);
        assertThat(scan(otherSecret, box.show.id(), Optional.empty(), DOORS).ticket()).isEmpty();
        assertThat(ticket.checkedInAt()).isEmpty();
    }

    @Test
    void aGenuineTicketForAnotherShowIsRefusedWithoutBeingUsed() {
        CheckInVerdict verdict = scan(code, ShowId.newId(), Optional.of(ANN), DOORS);

        assertThat(verdict.result()).isEqualTo(CheckInResult.WRONG_SHOW);
        assertThat(ticket.checkedInAt()).isEmpty();
    }

    @Test
    void someoneOtherThanTheHolderIsRefusedWhenTheStaffSayWhoPresentsIt() {
        CheckInVerdict verdict = scan(code, box.show.id(), Optional.of(AccountId.newId()), DOORS);

        assertThat(verdict.result()).isEqualTo(CheckInResult.WRONG_HOLDER);
        assertThat(ticket.checkedInAt()).isEmpty();
    }

    @Test
    void aTicketOfACancelledOrderGetsNobodyIn() {
        purchase.order().cancel(CancelledBy.BUYER, eur(5000), purchase.tickets(), DOORS.minusSeconds(3 * 86400));

        assertThat(scan(code, box.show.id(), Optional.of(ANN), DOORS).result()).isEqualTo(CheckInResult.CANCELLED);
    }

    private CheckInVerdict scan(String scanned, ShowId door, Optional<AccountId> presenter, Instant now) {
        return CheckIn.scan(scanned, door, presenter, SERVER,
                id -> id.equals(ticket.id()) ? Optional.of(ticket) : Optional.empty(), now);
    }
}
