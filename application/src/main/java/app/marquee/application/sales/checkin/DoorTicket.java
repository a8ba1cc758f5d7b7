package app.marquee.application.sales.checkin;

import app.marquee.application.sales.order.LabelledTicket;

import java.util.Objects;

/** A ticket as the door reads it: its seat or area, its tier and its holder's display name (never their e-mail). */
public record DoorTicket(LabelledTicket labelled, String holderName) {
    public DoorTicket {
        Objects.requireNonNull(labelled, "labelled");
        Objects.requireNonNull(holderName, "holderName");
    }
}
