package app.marquee.domain.notification;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;

import java.util.Objects;
import java.util.Optional;

/**
 * A message to send, as the business change that causes it records it: what it says ({@code kind} and
 * {@code data}), to whom ({@code recipient} on {@code channel}, in {@code language}) and, when it
 * concerns an account, which one. It is written to the outbox in the same transaction as that
 * change and delivered later, so a sale never waits for, or fails because of, a mail server.
 */
public record OutboundMessage(MessageKind kind, Channel channel, String recipient, Language language,
                              Optional<AccountId> account, MessageData data) {

    public OutboundMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(data, "data");
        if (!channel.accepts(recipient)) {
            throw new IllegalArgumentException("the recipient is not a valid " + channel + " address");
        }
    }

    /** An e-mail to an account's address, in the account's language. */
    public static OutboundMessage email(MessageKind kind, AccountId account, EmailAddress to, Language language,
                                        MessageData data) {
        return new OutboundMessage(kind, Channel.EMAIL, to.value(), language, Optional.of(account), data);
    }
}
