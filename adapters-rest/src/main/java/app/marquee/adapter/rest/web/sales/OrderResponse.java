package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.sales.ShowRequests.MoneyBody;
import app.marquee.application.sales.order.LabelledTicket;
import app.marquee.application.sales.order.OrderView;
import app.marquee.application.sales.order.TicketView;
import app.marquee.application.sales.refund.CancelledOrder;
import app.marquee.application.sales.refund.RefundStatus;
import app.marquee.domain.payment.card.CardBrand;
import app.marquee.domain.payment.card.CardSummary;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.order.OrderState;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.order.TicketState;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order with what was paid, the card (brand and last four only) and its tickets with their signed codes. */
@Serdeable
@Schema(name = "Order")
public record OrderResponse(UUID id, UUID showId, OrderState state, Instant placedAt, MoneyBody total,
                            @Nullable @Schema(nullable = true, description = "null when the total was zero")
                            PaymentResponse payment, List<LineResponse> lines, List<TicketResponse> tickets,
                            @Nullable @Schema(nullable = true, description = "What cancelling it refunds: in the"
                                    + " answer to a cancellation only, null elsewhere") RefundResponse refund) {

    static OrderResponse of(OrderView view) {
        return of(view, null);
    }

    static OrderResponse cancelled(CancelledOrder cancelled) {
        return of(cancelled.order(), new RefundResponse(MoneyBody.of(cancelled.quote().amount()),
                cancelled.quote().percent(), cancelled.refund()));
    }

    private static OrderResponse of(OrderView view, RefundResponse refund) {
        return new OrderResponse(view.order().id().value(), view.order().show().value(), view.order().state(),
                view.order().placedAt(), MoneyBody.of(view.order().total()),
                view.card().map(PaymentResponse::of).orElse(null),
                view.order().lines().stream().map(LineResponse::of).toList(),
                view.tickets().stream().map(TicketResponse::of).toList(), refund);
    }

    @Serdeable
    @Schema(name = "OrderRefund", description = "The refund of a cancelled order: how much, which share of the total,"
            + " and where it stands (PENDING while the provider has not taken it: the refund dispatcher asks again;"
            + " NONE for an order whose total was zero)")
    public record RefundResponse(MoneyBody amount, @Schema(example = "100") int percent, RefundStatus status) {
    }

    @Serdeable
    @Schema(name = "OrderPaymentCard")
    public record PaymentResponse(CardBrand brand, @Schema(example = "4242") String last4) {
        static PaymentResponse of(CardSummary card) {
            return new PaymentResponse(card.brand(), card.last4());
        }
    }

    @Serdeable
    @Schema(name = "OrderLine", description = "A seat, or places in an area, at a tier's price as shown when held")
    public record LineResponse(@Nullable @Schema(nullable = true) UUID seatId,
                               @Nullable @Schema(nullable = true) UUID areaId, UUID tierId, int quantity,
                               MoneyBody unitPrice, MoneyBody amount) {
        static LineResponse of(HoldItem line) {
            return new LineResponse(line.seat().map(SeatId::value).orElse(null),
                    line.area().map(AreaId::value).orElse(null), line.tier().value(), line.quantity(),
                    MoneyBody.of(line.unitPrice()), MoneyBody.of(line.amount()));
        }
    }

    @Serdeable
    @Schema(name = "Ticket")
    public record TicketResponse(UUID id, long number, @Nullable @Schema(nullable = true) UUID seatId,
                                 @Nullable @Schema(nullable = true, example = "Orchestra A-12") String seatLabel,
                                 @Nullable @Schema(nullable = true) UUID areaId,
                                 @Nullable @Schema(nullable = true, example = "Standing") String areaName,
                                 UUID tierId, @Schema(example = "Category 1") String tierName, MoneyBody price,
                                 @Schema(description = "The QR code's text: MQ1.<ticket>.<show>.<signature>") String code,
                                 TicketState state, @Nullable @Schema(nullable = true) Instant checkedInAt) {
        static TicketResponse of(TicketView view) {
            LabelledTicket labelled = view.labelled();
            Ticket ticket = labelled.ticket();
            return new TicketResponse(ticket.id().value(), ticket.number().value(),
                    ticket.seat().map(SeatId::value).orElse(null), labelled.seatLabel().orElse(null),
                    ticket.area().map(AreaId::value).orElse(null), labelled.areaName().orElse(null),
                    ticket.tier().value(), labelled.tierName(), MoneyBody.of(ticket.price()), view.code().format(),
                    ticket.state(), ticket.checkedInAt().orElse(null));
        }
    }
}
