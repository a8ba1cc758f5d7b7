package app.marquee.application.sales.order.port.out;

import app.marquee.domain.sales.order.TicketSigner;

/**
 * Signs ticket codes with the server's secret (an HMAC), so that a code nobody but Marquee could
 * have written is told from a forged one at the door. Every instance must sign with the same
 * secret, or codes signed by one are refused by another; the secret never leaves the adapter.
 */
public interface SignTicketsPort extends TicketSigner {
}
