package app.marquee.application.sales.show.port.in;

import app.marquee.domain.sales.show.ShowId;

import java.util.Collection;
import java.util.Map;

/** Places each show has left to sell now (see {@code RemainingPlacesPort}); a show with none is SOLD_OUT. */
public interface RemainingPlacesQuery {
    Map<ShowId, Long> remaining(Collection<ShowId> shows);
}
