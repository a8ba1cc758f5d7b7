package app.marquee.application.sales.waitlist.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.TierId;

import java.util.Map;

/** The places still wished per tier by everyone WAITING on the show but {@code buyer}: what a passer-by may not take. */
public interface WaitingWishesPort {
    Map<TierId, Integer> wishesBesides(ShowId show, AccountId buyer);
}
