package app.marquee.adapter.notification.smtp;

import app.marquee.domain.notification.DeliveryResult;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.io.IOException;

/**
 * Sorts a failed SMTP conversation: an address that cannot be parsed, or a 5xx reply (mailbox
 * unknown, message refused), is permanent; no connection, a timeout, an authentication refused (the
 * configuration may be fixed meanwhile) or a 4xx reply (try later) is worth retrying.
 */
final class SmtpFailures {
    private SmtpFailures() {
    }

    static DeliveryResult sort(MessagingException failure) {
        if (failure instanceof AddressException) {
            return DeliveryResult.permanent("invalid address: " + failure.getMessage());
        }
        int code = replyCode(failure);
        String reason = (code > 0 ? "SMTP " + code + ": " : "") + describe(failure);
        return code >= 500 && code < 600 ? DeliveryResult.permanent(reason) : DeliveryResult.retryable(reason);
    }

    /** The first SMTP reply code in the chain of failures; 0 when the server never replied. */
    private static int replyCode(Exception failure) {
        Exception current = failure;
        while (current != null) {
            if (current instanceof SMTPAddressFailedException address) {
                return address.getReturnCode();
            }
            if (current instanceof SMTPSendFailedException send) {
                int code = send.getReturnCode();
                if (send.getNextException() instanceof SMTPAddressFailedException address) {
                    return address.getReturnCode();
                }
                return code;
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
        return text.replaceAll("\\s+", " ");
    }
}
