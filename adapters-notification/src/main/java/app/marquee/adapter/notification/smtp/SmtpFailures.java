package app.marquee.adapter.notification.smtp;

import app.marquee.domain.notification.DeliveryResult;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts a failed SMTP conversation. Permanent (DEAD at once) is only what says this recipient cannot
 * receive mail, which no retry changes: an address that cannot be parsed, or the recipient refused
 * at RCPT TO with a 5xx reply whose enhanced status is 5.1.x (no such mailbox, bad domain, bad
 * syntax), or, from a server without enhanced status codes, 550/551/553 that does not speak of
 * relaying. Everything else is retried (and DEAD after the last attempt): no connection, a timeout,
 * a 4xx reply, authentication required or refused (530, 535), relaying denied (550 5.7.x), a
 * policy refusal (554), a refusal of the message or the sender: those are our configuration or the
 * server's state, which an operator can fix while the message waits.
 */
final class SmtpFailures {
    private static final Pattern ENHANCED = Pattern.compile("^\\d{3}[ -]([245])\\.(\\d{1,3})\\.\\d{1,3}\\b");

    private SmtpFailures() {
    }

    static DeliveryResult sort(MessagingException failure) {
        if (failure instanceof AddressException) {
            return DeliveryResult.permanent("invalid address: " + failure.getMessage());
        }
        Optional<SMTPAddressFailedException> refused = recipientRefusal(failure);
        int code = refused.map(SMTPAddressFailedException::getReturnCode).orElseGet(() -> replyCode(failure));
        String reason = (code > 0 ? "SMTP " + code + ": " : "")
                + refused.map(rcpt -> flat(rcpt.getMessage())).orElseGet(() -> describe(failure));
        boolean permanent = refused.map(SmtpFailures::recipientUnknown)
                .orElseGet(() -> code == 0 && hasInvalidAddresses(failure));
        return permanent ? DeliveryResult.permanent(reason) : DeliveryResult.retryable(reason);
    }

    /** A 5xx RCPT reply about the mailbox itself (5.1.x), not about us (5.7.x: relaying, authentication). */
    static boolean recipientUnknown(SMTPAddressFailedException rcpt) {
        int code = rcpt.getReturnCode();
        String reply = rcpt.getMessage() == null ? "" : rcpt.getMessage().strip();
        Matcher enhanced = ENHANCED.matcher(reply);
        if (enhanced.find()) {
            return code >= 500 && code < 600 && enhanced.group(1).equals("5") && enhanced.group(2).equals("1");
        }
        return (code == 550 || code == 551 || code == 553) && !reply.toLowerCase(Locale.ROOT).contains("relay");
    }

    /** The first RCPT TO refusal in the chain of failures. */
    private static Optional<SMTPAddressFailedException> recipientRefusal(Exception failure) {
        Exception current = failure;
        while (current != null) {
            if (current instanceof SMTPAddressFailedException address) {
                return Optional.of(address);
            }
            current = current instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return Optional.empty();
    }

    /** Refused addresses the provider named without saying why (no reply to read). */
    private static boolean hasInvalidAddresses(MessagingException failure) {
        return failure instanceof SendFailedException send && send.getInvalidAddresses() != null
                && send.getInvalidAddresses().length > 0;
    }

    /** The first SMTP reply code in the chain of failures; 0 when the server never replied. */
    private static int replyCode(Exception failure) {
        Exception current = failure;
        while (current != null) {
            if (current instanceof SMTPSendFailedException send) {
                return send.getReturnCode();
            }
            current = current instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return 0;
    }

    private static String describe(MessagingException failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure.getNextException();
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (cause instanceof IOException io) {
            text += " (" + io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage()) + ")";
        }
        return flat(text);
    }

    private static String flat(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
