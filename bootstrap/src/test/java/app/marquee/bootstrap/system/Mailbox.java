package app.marquee.bootstrap.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The SMTP server the system tests' application sends e-mail to: GreenMail, in this JVM, started
 * before the application (which is pointed at its port) and accepting mail for any address. A test
 * may stop it to play a mail server outage, and start it again on the same port.
 */
final class Mailbox {
    private static GreenMail smtp;
    private static int port;

    private Mailbox() {
    }

    /** Starts it the first time; its port. */
    static synchronized int port() {
        if (smtp == null) {
            smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            smtp.start();
            port = smtp.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(Mailbox::stop));
        }
        return port;
    }

    /** The mail server goes down: connections to its port are refused. */
    static synchronized void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** The mail server is back, on the same port (mail received before the outage is gone). */
    static synchronized void restart() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** The first e-mail to {@code address} whose subject holds {@code subject}, received within {@code patience}. */
    static Optional<MimeMessage> awaitTo(String address, String subject, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        do {
            Optional<MimeMessage> found = receivedBy(address, subject);
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    private static synchronized Optional<MimeMessage> receivedBy(String address, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> sentTo(message, address, subject)).findFirst();
    }

    private static boolean sentTo(MimeMessage message, String address, String subject) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address))
                    && message.getSubject() != null && message.getSubject().contains(subject);
        } catch (MessagingException e) {
            return false;
        }
    }
}
