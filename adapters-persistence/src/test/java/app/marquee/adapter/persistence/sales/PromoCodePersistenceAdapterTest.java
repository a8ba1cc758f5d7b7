package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.application.sales.promo.PromoCodeInUse;
import app.marquee.application.sales.promo.port.out.RedeemPromoCodePort.Redeemable;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.promo.Discount;
import app.marquee.domain.sales.promo.PromoCode;
import app.marquee.domain.sales.promo.PromoCodeId;
import app.marquee.domain.sales.promo.PromoUsage;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PromoCodePersistenceAdapterTest extends DatabaseTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    @Inject
    PromoCodePersistenceAdapter codes;
    @Inject
    ShowPersistenceAdapter shows;
    @Inject
    VenuePersistenceAdapter venues;
    @Inject
    EventPersistenceAdapter events;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void anEventsCodesComeBackByTextAndATextIsTakenOncePerEvent() {
        SaleRows.Stage stage = rows().stage(venues, events, shows);
        PromoCode tenOff = code(stage, "early-bird", new Discount.AmountOff(Money.of(1000, "EUR")), OptionalInt.of(50));
        PromoCode half = code(stage, "FRIENDS", new Discount.PercentOff(50), OptionalInt.empty());

        assertThat(codes.add(half)).isEqualTo(Outcome.accepted(half));
        assertThat(codes.add(tenOff)).isEqualTo(Outcome.accepted(tenOff));
        assertThat(codes.add(code(stage, "Friends", new Discount.PercentOff(5), OptionalInt.empty())))
                .isEqualTo(Outcome.rejected(SalesRejection.PROMO_CODE_DUPLICATE));

        assertThat(codes.ofEvent(stage.event().id())).extracting(PromoCodeInUse::code).containsExactly(tenOff, half);
    }

    @Test
    void usesAreActiveHoldsUntilLapsedAndPaidOrdersButNotLapsedReleasedOrCancelledOnes() {
        SaleRows rows = rows();
        SaleRows.Stage stage = rows.stage(venues, events, shows);
        PromoCode code = code(stage, "GALA", new Discount.PercentOff(10), OptionalInt.of(5));
        codes.add(code);
        UUID promo = code.id().value();
        UUID ann = UUID.randomUUID();
        UUID annsLive = rows.hold(stage.show(), ann, "ACTIVE", NOW.plusSeconds(300), promo);
        rows.hold(stage.show(), UUID.randomUUID(), "ACTIVE", NOW.minusSeconds(1), promo);
        rows.hold(stage.show(), UUID.randomUUID(), "EXPIRED", NOW.minusSeconds(1), promo);
        rows.hold(stage.show(), UUID.randomUUID(), "RELEASED", NOW.plusSeconds(300), promo);
        rows.order(stage.show(), rows.hold(stage.show(), ann, "CONVERTED", NOW.plusSeconds(300), promo), 2700, "PAID", null);
        rows.order(stage.show(), rows.hold(stage.show(), UUID.randomUUID(), "CONVERTED", NOW.plusSeconds(300), promo),
                2700, "CANCELLED", 2700L);
        rows.order(stage.show(), rows.hold(stage.show(), UUID.randomUUID(), "CONVERTED", NOW.plusSeconds(300), promo),
                2700, "PAID", null);

        assertThat(codes.ofEvent(stage.event().id()).get(0).uses())
                .as("Ann's live hold, a due hold not yet lapsed, two paid orders").isEqualTo(4);
        Redeemable forAnn = transactions.executeWrite(status -> codes.lockedForHold(stage.event().id(), " gala ",
                new AccountId(ann), Optional.empty(), NOW)).orElseThrow();
        assertThat(forAnn.code()).isEqualTo(code);
        assertThat(forAnn.usage()).isEqualTo(new PromoUsage(4, 2));
        Redeemable replacing = transactions.executeWrite(status -> codes.lockedForHold(stage.event().id(), "GALA",
                new AccountId(ann), Optional.of(new HoldId(annsLive)), NOW)).orElseThrow();
        assertThat(replacing.usage()).as("the hold being replaced is not counted").isEqualTo(new PromoUsage(3, 1));
        assertThat(redeem(stage, "NOPE", ann)).isEmpty();
        assertThat(redeem(stage, "not a code!", ann)).isEmpty();
    }

    @Test
    void aSecondBuyerRedeemingTheLastUseWaitsForTheFirstAndThenSeesItTaken() throws Exception {
        SaleRows rows = rows();
        SaleRows.Stage stage = rows.stage(venues, events, shows);
        PromoCode last = code(stage, "LAST-ONE", new Discount.PercentOff(20), OptionalInt.of(1));
        codes.add(last);

        Race.Result<PromoUsage, PromoUsage> race = Race.between(transactions, () -> {
            PromoUsage seen = codes.lockedForHold(stage.event().id(), "LAST-ONE", AccountId.newId(), Optional.empty(), NOW)
                    .orElseThrow().usage();
            rows.hold(stage.show(), UUID.randomUUID(), "ACTIVE", NOW.plusSeconds(600), last.id().value());
            return seen;
        }, () -> codes.lockedForHold(stage.event().id(), "LAST-ONE", AccountId.newId(), Optional.empty(), NOW)
                .orElseThrow().usage());

        assertThat(race.first()).isEqualTo(PromoUsage.none());
        assertThat(race.secondWaited()).isTrue();
        assertThat(race.second().redemptions()).isEqualTo(1);
    }

    private Optional<Redeemable> redeem(SaleRows.Stage stage, String typed, UUID buyer) {
        return transactions.executeWrite(status -> codes.lockedForHold(stage.event().id(), typed, new AccountId(buyer),
                Optional.empty(), NOW));
    }

    private SaleRows rows() {
        return new SaleRows(transactions, NOW);
    }

    private static PromoCode code(SaleRows.Stage stage, String text, Discount discount, OptionalInt cap) {
        return new PromoCode(PromoCodeId.newId(), text, stage.event().id(), discount, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)), cap, OptionalInt.of(2));
    }
}
