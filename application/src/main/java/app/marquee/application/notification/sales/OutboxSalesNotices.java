package app.marquee.application.notification.sales;

import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.notification.ShowFacts;
import app.marquee.application.notification.port.out.AppendOutboxPort;
import app.marquee.application.notification.port.out.NotificationPreferencesPort;
import app.marquee.application.notification.port.out.ShowFactsPort;
import app.marquee.application.sales.hold.port.out.LoadHoldPort;
import app.marquee.application.sales.order.LabelledTicket;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.notification.Channel;
import app.marquee.domain.notification.MessageData;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.NotificationPreferences;
import app.marquee.domain.notification.OutboundMessage;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.show.ShowId;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sales messages in the outbox. A confirmation goes by the channels the buyer chose (e-mail alone
 * by default; an SMS is short and carries no ticket code); refunds go by e-mail. A buyer or show
 * that cannot be read any more (an anonymised account) gets no message rather than failing the sale.
 */
@Singleton
public class OutboxSalesNotices implements SalesNotices {
    private final LoadAccountPort accounts;
    private final NotificationPreferencesPort preferences;
    private final ShowFactsPort shows;
    private final LoadHoldPort holds;
    private final ConfirmationTickets tickets;
    private final AppendOutboxPort outbox;

    public OutboxSalesNotices(LoadAccountPort accounts, NotificationPreferencesPort preferences, ShowFactsPort shows,
                              LoadHoldPort holds, ConfirmationTickets tickets, AppendOutboxPort outbox) {
        this.accounts = accounts;
        this.preferences = preferences;
        this.shows = shows;
        this.holds = holds;
        this.tickets = tickets;
        this.outbox = outbox;
    }

    @Override
    public void orderConfirmed(Purchase purchase, Instant now) {
        Order order = purchase.order();
        withFacts(order.buyer(), order.show(), (account, values) -> {
            values.put("orderId", order.id().toString());
            SalesMessageValues.amount(values, "total", order.total());
            List<LabelledTicket> sold = tickets.of(order.id());
            values.put("tickets", ConfirmationTickets.listed(sold));
            List<OutboundMessage> messages = new ArrayList<>();
            for (Channel channel : preferences.of(account.id()).orElse(NotificationPreferences.DEFAULT)
                    .channelsFor(account.phone())) {
                MessageData data = MessageData.of(values);
                if (channel == Channel.EMAIL) {
                    data = new MessageData(withCodes(values, tickets.codes(sold)), Set.of("codes"));
                }
                messages.add(message(MessageKind.ORDER_CONFIRMED, channel, account, data));
            }
            outbox.append(messages, now);
        });
    }

    @Override
    public void orderRefunded(Order cancelled, Money refund, Instant now) {
        withFacts(cancelled.buyer(), cancelled.show(), (account, values) -> {
            values.put("orderId", cancelled.id().toString());
            SalesMessageValues.amount(values, "refundAmount", refund);
            email(MessageKind.ORDER_REFUNDED, account, values, now);
        });
    }

    @Override
    public void latePaymentRefunded(PaymentAttempt attempt, Money refund, Instant now) {
        Optional<ShowId> show = holds.byId(attempt.hold()).map(Hold::show);
        show.ifPresent(id -> withFacts(attempt.buyer(), id, (account, values) -> {
            SalesMessageValues.amount(values, "refundAmount", refund);
            email(MessageKind.LATE_PAYMENT_REFUNDED, account, values, now);
        }));
    }

    /** Appends a message about a show to one account by e-mail (waiting-list offers use it too). */
    void email(MessageKind kind, Account account, Map<String, Object> values, Instant now) {
        outbox.append(List.of(message(kind, Channel.EMAIL, account, MessageData.of(values))), now);
    }

    void withFacts(AccountId buyer, ShowId show, FactsUser user) {
        Optional<Account> account = accounts.byId(buyer).filter(found -> found.status() != AccountStatus.ANONYMISED);
        Optional<ShowFacts> facts = shows.of(show);
        if (account.isPresent() && facts.isPresent()) {
            user.use(account.get(), SalesMessageValues.of(account.get(), facts.get()));
        }
    }

    private static Map<String, Object> withCodes(Map<String, Object> values, Map<String, Object> codes) {
        Map<String, Object> more = new LinkedHashMap<>(values);
        more.put("codes", codes);
        return more;
    }

    private static OutboundMessage message(MessageKind kind, Channel channel, Account account, MessageData data) {
        String to = channel == Channel.EMAIL ? account.email().value() : account.phone().orElseThrow().e164();
        return new OutboundMessage(kind, channel, to, account.language(), Optional.of(account.id()), data);
    }

    @FunctionalInterface
    interface FactsUser {
        void use(Account account, Map<String, Object> values);
    }
}
