package app.marquee.domain.sales.order;

import app.marquee.domain.sales.show.ShowId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The text a ticket's QR code holds: {@code MQ1.<ticketId>.<showId>.<signature>}, where the
 * signature covers {@code MQ1.<ticketId>.<showId>}. Anyone can read it; only the server can
 * sign it, so a code whose signature does not match was forged or altered.
 */
public record TicketCode(TicketId ticket, ShowId show, String signature) {
    public static final String VERSION = "MQ1";
    private static final String SIGNATURE = "[A-Za-z0-9_-]{16,128}";

    public TicketCode {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(show, "show");
        if (signature == null || !signature.matches(SIGNATURE)) {
            throw new IllegalArgumentException("a ticket signature is 16 to 128 URL-safe Base64 characters");
        }
    }

    /** The signed code of a ticket. */
    public static TicketCode of(TicketId ticket, ShowId show, TicketSigner signer) {
        return new TicketCode(ticket, show, signer.sign(payload(ticket, show)));
    }

    /** Reads a scanned text; empty when it is not a well-formed code (which says nothing of its signature). */
    public static Optional<TicketCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(VERSION) || !parts[3].matches(SIGNATURE)) {
            return Optional.empty();
        }
        Optional<UUID> ticket = uuid(parts[1]);
        Optional<UUID> show = uuid(parts[2]);
        if (ticket.isEmpty() || show.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TicketCode(new TicketId(ticket.get()), new ShowId(show.get()), parts[3]));
    }

    /** Only the canonical lower-case form, so that one ticket has exactly one code. */
    private static Optional<UUID> uuid(String text) {
        try {
            UUID uuid = UUID.fromString(text);
            return uuid.toString().equals(text) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /** Whether the server signed this very ticket and show (compared in constant time). */
    public boolean isSignedBy(TicketSigner signer) {
        byte[] expected = signer.sign(payload(ticket, show)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    public String format() {
        return payload(ticket, show) + "." + signature;
    }

    private static String payload(TicketId ticket, ShowId show) {
        return VERSION + "." + ticket + "." + show;
    }

    @Override
    public String toString() {
        return format();
    }
}
