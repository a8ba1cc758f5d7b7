package app.marquee.application.sales.event.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.sales.event.TourId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads tours, whoever owns them: the services decide who may see one. */
public interface LoadTourPort {
    Optional<Tour> byId(TourId id);

    /**
     * The tours of one organiser by name (lower-cased, then id), or every tour when {@code owner} is
     * empty, after {@code after} when given; at most {@code max}.
     */
    List<Tour> list(Optional<AccountId> owner, Optional<TourCursor> after, int max);

    /** Where a page of tours ended: the last tour's lower-cased name and id. */
    record TourCursor(String nameKey, TourId id) {
        public TourCursor {
            Objects.requireNonNull(nameKey, "nameKey");
            Objects.requireNonNull(id, "id");
        }
    }
}
