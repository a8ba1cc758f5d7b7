package app.marquee.bootstrap.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A card number or security code is never written anywhere: not in the log, not in any text column. */
class CardDataSystemTest {
    private static final String NUMBER = "4242424242424242";
    private static final String CVC = "731";

    @Test
    void aBuyerPaysWithACardAndNeitherItsNumberNorItsCodeIsLoggedOrStored() {
        Shop shop = Shop.open();
        String ann = Accounts.newUser().accessToken();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger requests = (Logger) LoggerFactory.getLogger("marquee.http");
        Level rootLevel = root.getLevel();
        Level requestLevel = requests.getLevel();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.INFO);
        requests.setLevel(Level.INFO);
        try {
            String declinedHold = shop.holdSeats(ann, "Stalls B-7");
            assertThat(OrderSystemTest.pay(ann, UUID.randomUUID().toString(), declinedHold, "4000000000000002")
                    .status()).isEqualTo(402);
            assertThat(OrderSystemTest.pay(ann, UUID.randomUUID().toString(), declinedHold, "4242 4242 4242 4241")
                    .status()).isEqualTo(422);
            Api.Reply paid = OrderSystemTest.pay(ann, UUID.randomUUID().toString(), declinedHold, NUMBER);
            assertThat(paid.status()).as(paid.body()).isEqualTo(201);
            assertThat(paid.body()).doesNotContain(NUMBER).doesNotContain("\"" + CVC + "\"");
        } finally {
            root.detachAppender(log);
            root.setLevel(rootLevel);
            requests.setLevel(requestLevel);
        }

        assertThat(log.list).as("what production logs, at INFO").extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.startsWith("POST /api/v1/orders 201"))
                .anyMatch(line -> line.contains("VISA **** 4242"));
        List<String> lines = new ArrayList<>();
        log.list.forEach(event -> lines.add(text(event)));
        assertThat(lines).noneMatch(line -> line.contains(NUMBER) || line.contains("4000000000000002")
                || line.matches("(?s).*\\b" + CVC + "\\b.*"));

        for (String column : Database.textColumns()) {
            String table = column.substring(0, column.indexOf('.'));
            assertThat(Database.count("SELECT count(*) FROM " + table + " WHERE CAST(" + column + " AS text) LIKE '%"
                    + NUMBER + "%' OR CAST(" + column + " AS text) LIKE '%4000000000000002%' OR CAST(" + column
                    + " AS text) ~ '(^|[^0-9A-Za-z])" + CVC + "([^0-9A-Za-z]|$)'")).as(column).isZero();
        }
        assertThat(Database.count("SELECT count(*) FROM payments WHERE card_last4 = '4242' AND card_brand = 'VISA'"))
                .isPositive();
    }

    private static String text(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            text.append(' ').append(thrown.getMessage());
        }
        return text.toString();
    }
}
