package app.marquee.application.notification.port.out;

import app.marquee.application.notification.ShowFacts;
import app.marquee.domain.sales.show.ShowId;

import java.util.Optional;

/** What a sales message says of a show: its title (the event's or the film's), its venue, when and where. */
public interface ShowFactsPort {
    Optional<ShowFacts> of(ShowId show);
}
