package app.marquee.bootstrap.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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

    /** The plain-text bodies of every e-mail to {@code address}, in the order received, once there are {@code count}. */
    static List<String> awaitTextsTo(String address, int count, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<MimeMessage> received;
        do {
            received = receivedBy(address);
            if (received.size() >= count) {
                return received.stream().map(Mailbox::text).toList();
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(count + " e-mails to " + address + " expected, " + received.size() + " received");
    }

    /** The text part of a Marquee e-mail (multipart/alternative: text first, then HTML), decoded. */
    static String text(MimeMessage mail) {
        try {
            return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> sentTo(message, address, "")).toList();
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
