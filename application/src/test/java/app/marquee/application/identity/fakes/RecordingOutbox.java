package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.ForgetOutboxMessagesPort;
import app.marquee.application.notification.port.out.AppendOutboxPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.OutboundMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outbox as a list of what was appended; forgetting an account removes its messages. */
public final class RecordingOutbox implements AppendOutboxPort, ForgetOutboxMessagesPort {
    private final List<OutboundMessage> messages = new ArrayList<>();

    @Override
    public void append(List<OutboundMessage> appended, Instant now) {
        messages.addAll(appended);
    }

    @Override
    public void forgetMessagesOf(AccountId account) {
        messages.removeIf(message -> message.account().equals(Optional.of(account)));
    }

    public List<OutboundMessage> messages() {
        return List.copyOf(messages);
    }

    public List<OutboundMessage> of(MessageKind kind) {
        return messages.stream().filter(m -> m.kind() == kind).toList();
    }

    /** The secret token of the last message of this kind, as the recipient would read it. */
    public String lastToken(MessageKind kind) {
        List<OutboundMessage> found = of(kind);
        return (String) found.get(found.size() - 1).data().values().get("token");
    }
}
