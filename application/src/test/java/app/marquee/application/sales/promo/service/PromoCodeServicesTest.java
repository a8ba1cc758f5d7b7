package app.marquee.application.sales.promo.service;

import app.marquee.application.sales.event.fakes.InMemoryEvents;
import app.marquee.application.sales.promo.PromoCodeInUse;
import app.marquee.application.sales.promo.port.in.CreatePromoCodeUseCase.Command;
import app.marquee.application.sales.promo.port.out.PromoCodesPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.promo.Discount;
import app.marquee.domain.sales.promo.PromoCode;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class PromoCodeServicesTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final InMemoryEvents events = new InMemoryEvents();
    private final Codes codes = new Codes();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CreatePromoCodeService create = new CreatePromoCodeService(events, codes, clock);
    private final ListPromoCodesService list = new ListPromoCodesService(events, codes);
    private final Editor organiser = new Editor(AccountId.newId(), Role.OPERATOR);
    private final Event gala = events.add(Event.announce(new EventDetails("Gala", "", EventCategory.SCHOOL,
            Optional.empty()), organiser.account(), NOW));

    @Test
    void theOrganiserHandsOutACodeValidFromNowAndSeesItListed() {
        PromoCode code = create.create(command(organiser, "early-bird", Optional.empty(), NOW.plus(Duration.ofDays(7))))
                .orElseThrow(r -> new IllegalStateException(r.code()));

        assertThat(code.code()).isEqualTo("EARLY-BIRD");
        assertThat(code.validFrom()).isEqualTo(NOW);
        assertThat(code.event()).isEqualTo(gala.id());
        assertThat(list.list(gala.id(), organiser)).isEqualTo(Outcome.accepted(List.of(new PromoCodeInUse(code, 0))));
        assertThat(list.list(gala.id(), new Editor(AccountId.newId(), Role.ADMIN)).isAccepted()).isTrue();
    }

    @Test
    void anotherOrganiserIsToldTheEventDoesNotExist() {
        Editor rival = new Editor(AccountId.newId(), Role.OPERATOR);

        assertThat(create.create(command(rival, "MINE", Optional.empty(), NOW.plus(Duration.ofDays(1)))))
                .isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        assertThat(list.list(gala.id(), rival)).isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        assertThat(create.create(new Command(EventId.newId(), organiser, "LOST", new Discount.PercentOff(5),
                Optional.empty(), NOW.plusSeconds(60), OptionalInt.empty(), OptionalInt.empty())))
                .isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        assertThat(codes.stored).isEmpty();
    }

    @Test
    void aWindowThatClosesBeforeItOpensOrACancelledEventIsRefused() {
        assertThat(create.create(command(organiser, "BACKWARDS", Optional.of(NOW.plusSeconds(60)), NOW.plusSeconds(60))))
                .isEqualTo(Outcome.rejected(Rejection.onField(SalesRejection.PROMO_CODE_WINDOW_INVALID, "validUntil")));
        assertThat(create.create(command(organiser, "PAST", Optional.empty(), NOW)).isAccepted()).isFalse();
        assertThat(gala.cancel(organiser, NOW).flatMap(events::update).isAccepted()).isTrue();

        assertThat(create.create(command(organiser, "TOO-LATE", Optional.empty(), NOW.plusSeconds(60))))
                .isEqualTo(Outcome.rejected(SalesRejection.EVENT_CANCELLED));
        assertThat(codes.stored).isEmpty();
    }

    private Command command(Editor editor, String text, Optional<Instant> from, Instant until) {
        return new Command(gala.id(), editor, text, new Discount.PercentOff(10), from, until, OptionalInt.of(100),
                OptionalInt.empty());
    }

    private static final class Codes implements PromoCodesPort {
        private final List<PromoCode> stored = new ArrayList<>();

        @Override
        public Outcome<PromoCode> add(PromoCode code) {
            stored.add(code);
            return Outcome.accepted(code);
        }

        @Override
        public List<PromoCodeInUse> ofEvent(EventId event) {
            return stored.stream().filter(c -> c.event().equals(event)).map(c -> new PromoCodeInUse(c, 0)).toList();
        }
    }
}
