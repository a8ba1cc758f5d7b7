package app.marquee.application.sales.order.service;

import app.marquee.application.sales.order.HeldTicket;
import app.marquee.application.sales.order.MyTicketView;
import app.marquee.application.sales.order.TicketCursor;
import app.marquee.application.sales.order.port.in.ListMyTicketsQuery;
import app.marquee.application.sales.order.port.out.LoadOrderPort;
import app.marquee.application.sales.order.port.out.SignTicketsPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Pages through the caller's tickets, latest show first, each with its signed code. */
@Singleton
public class ListMyTicketsService implements ListMyTicketsQuery {
    private final LoadOrderPort orders;
    private final SignTicketsPort signer;

    public ListMyTicketsService(LoadOrderPort orders, SignTicketsPort signer) {
        this.orders = orders;
        this.signer = signer;
    }

    @Override
    public Outcome<TicketPage> list(Listing listing) {
        Optional<TicketCursor> after = listing.after().flatMap(TicketCursor::read);
        if (listing.after().isPresent() && after.isEmpty()) {
            return Outcome.rejected(Rejection.onField(SalesRejection.INVALID_CURSOR, "cursor"));
        }
        List<HeldTicket> found = orders.ofHolder(listing.holder(), after, listing.limit() + 1);
        List<HeldTicket> page = found.size() <= listing.limit() ? found : found.subList(0, listing.limit());
        List<MyTicketView> items = page.stream()
                .map(held -> new MyTicketView(held, held.labelled().ticket().code(signer))).toList();
        if (found.size() <= listing.limit()) {
            return Outcome.accepted(new TicketPage(items, Optional.empty()));
        }
        HeldTicket last = page.get(page.size() - 1);
        return Outcome.accepted(new TicketPage(items, Optional.of(
                new TicketCursor(last.showStartsAt(), last.labelled().ticket().number().value()).write())));
    }
}
