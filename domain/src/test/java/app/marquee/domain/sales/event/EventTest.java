package app.marquee.domain.sales.event;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final AccountId owner = AccountId.newId();
    private final Editor organiser = new Editor(owner, Role.OPERATOR);

    @Test
    void anEventStartsAsADraftOwnedByItsOrganiser() {
        Event gala = Event.announce(details("School gala"), owner, NOW);

        assertThat(gala.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(gala.owner()).isEqualTo(owner);
        assertThat(gala.tour()).isEmpty();
    }

    @Test
    void anotherOperatorCannotEditItAndIsToldItDoesNotExist() {
        Event gala = Event.announce(details("School gala"), owner, NOW);
        Editor rival = new Editor(AccountId.newId(), Role.OPERATOR);

        assertThat(gala.revise(details("Hijacked"), rival, NOW)).isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        assertThat(gala.putOnSale(rival, NOW)).isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        assertThat(gala.details().title()).isEqualTo("School gala");
    }

    @Test
    void itsOrganiserShowsAPosterInPlaceOfTheOneBefore() {
        Event gala = Event.announce(details("School gala"), owner, NOW);
        ImageRef first = poster("aa");
        ImageRef second = poster("bb");

        gala.show(ImageSlot.POSTER, first, organiser, NOW);
        assertThat(gala.show(ImageSlot.POSTER, second, organiser, NOW.plusSeconds(60)).isAccepted()).isTrue();

        assertThat(gala.image(ImageSlot.POSTER)).contains(second);
        assertThat(gala.image(ImageSlot.BACKDROP)).isEmpty();
        assertThat(gala.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void anotherOperatorCannotChangeItsPicturesNorAnyoneOnceItIsCancelled() {
        Event gala = Event.announce(details("School gala"), owner, NOW);
        Editor rival = new Editor(AccountId.newId(), Role.OPERATOR);

        assertThat(gala.show(ImageSlot.POSTER, poster("aa"), rival, NOW))
                .isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        gala.cancel(organiser, NOW);
        assertThat(gala.show(ImageSlot.POSTER, poster("aa"), organiser, NOW))
                .isEqualTo(Outcome.rejected(SalesRejection.EVENT_CANCELLED));
        assertThat(gala.images()).isEmpty();
    }

    @Test
    void anAdminMayEditAnyEvent() {
        Event gala = Event.announce(details("School gala"), owner, NOW);

        assertThat(gala.revise(details("Winter gala"), new Editor(AccountId.newId(), Role.ADMIN), NOW).isAccepted())
                .isTrue();
        assertThat(gala.details().title()).isEqualTo("Winter gala");
    }

    @Test
    void aCancelledEventIsFrozen() {
        Event gala = Event.announce(details("School gala"), owner, NOW);
        gala.putOnSale(organiser, NOW);
        gala.cancel(organiser, NOW);

        assertThat(gala.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(gala.putOnSale(organiser, NOW)).isEqualTo(Outcome.rejected(SalesRejection.EVENT_CANCELLED));
        assertThat(gala.revise(details("Again"), organiser, NOW))
                .isEqualTo(Outcome.rejected(SalesRejection.EVENT_CANCELLED));
    }

    @Test
    void anEventJoinsOnlyATourOfItsOwner() {
        Event concert = Event.announce(details("Lyon"), owner, NOW);
        Tour own = Tour.start("Northern Lights Tour", owner);
        Tour someoneElses = Tour.start("Other tour", AccountId.newId());

        assertThat(concert.joinTour(someoneElses, organiser, NOW))
                .isEqualTo(Outcome.rejected(SalesRejection.TOUR_NOT_FOUND));
        assertThat(concert.joinTour(own, organiser, NOW).isAccepted()).isTrue();
        assertThat(concert.tour()).contains(own.id());
    }

    @Test
    void aTourIsRenamedByItsOwnerOnly() {
        Tour tour = Tour.start("Northern Lights Tour", owner);

        assertThat(tour.rename("Stolen", new Editor(AccountId.newId(), Role.OPERATOR)))
                .isEqualTo(Outcome.rejected(SalesRejection.TOUR_NOT_FOUND));
        assertThat(tour.rename(" Aurora Tour ", organiser).isAccepted()).isTrue();
        assertThat(tour.name()).isEqualTo("Aurora Tour");
    }

    @Test
    void detailsRefuseABlankTitleAndTrimWhatTheyKeep() {
        assertThatThrownBy(() -> details(" ")).isInstanceOf(IllegalArgumentException.class);
        EventDetails kept = new EventDetails(" Gala ", " Songs\nand dances ", EventCategory.SCHOOL,
                Optional.of(" Choir "));
        assertThat(kept.title()).isEqualTo("Gala");
        assertThat(kept.description()).isEqualTo("Songs\nand dances");
        assertThat(kept.performer()).contains("Choir");
    }

    private static EventDetails details(String title) {
        return new EventDetails(title, "", EventCategory.CONCERT, Optional.empty());
    }

    private static ImageRef poster(String digest) {
        return new ImageRef("images/" + digest + ".png", "image/png", 600, 900, 1234, digest);
    }
}
