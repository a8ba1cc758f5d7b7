package app.marquee.application.sales.event.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.sales.event.TourId;

import java.util.List;
import java.util.Optional;

/** Reads tours, whoever owns them: the services decide who may see one. */
public interface LoadTourPort {
    Optional<Tour> byId(TourId id);

    /** The tours of one organiser by name, or every tour when {@code owner} is empty; at most {@code max}. */
    List<Tour> list(Optional<AccountId> owner, int max);
}
