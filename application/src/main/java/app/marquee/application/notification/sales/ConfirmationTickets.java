package app.marquee.application.notification.sales;

import app.marquee.application.sales.order.LabelledTicket;
import app.marquee.application.sales.order.port.out.LoadOrderPort;
import app.marquee.application.sales.order.port.out.SignTicketsPort;
import app.marquee.domain.sales.order.OrderId;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order's tickets as its confirmation lists them: number, place (the seat's label or the area's
 * name) and tier; and apart, each number's signed code, which lets its holder in and is therefore
 * kept secret (wiped from the outbox once the message is sent).
 */
@Singleton
public class ConfirmationTickets {
    private final LoadOrderPort orders;
    private final SignTicketsPort signer;

    public ConfirmationTickets(LoadOrderPort orders, SignTicketsPort signer) {
        this.orders = orders;
        this.signer = signer;
    }

    /** The order's tickets, read once for both the list and the codes. */
    List<LabelledTicket> of(OrderId order) {
        return orders.ticketsOf(List.of(order));
    }

    static List<Map<String, Object>> listed(List<LabelledTicket> tickets) {
        return tickets.stream().map(ConfirmationTickets::line).toList();
    }

    Map<String, Object> codes(List<LabelledTicket> tickets) {
        Map<String, Object> codes = new LinkedHashMap<>();
        tickets.forEach(t -> codes.put(t.ticket().number().toString(), t.ticket().code(signer).format()));
        return codes;
    }

    private static Map<String, Object> line(LabelledTicket t) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("number", t.ticket().number().toString());
        line.put("place", t.seatLabel().or(t::areaName).orElse(""));
        line.put("tier", t.tierName());
        return line;
    }
}
