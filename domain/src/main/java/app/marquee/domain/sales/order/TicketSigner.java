package app.marquee.domain.sales.order;

/**
 * Signs a ticket code's payload. The signature is computed outside the domain (an HMAC-SHA256
 * with the server's secret, URL-safe Base64 without padding): the domain only says what is
 * signed and compares the result.
 */
@FunctionalInterface
public interface TicketSigner {
    /** The signature of {@code payload}: letters, digits, '-' or '_'. */
    String sign(String payload);
}
