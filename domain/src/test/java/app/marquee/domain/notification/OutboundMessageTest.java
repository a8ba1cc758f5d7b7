package app.marquee.domain.notification;

import app.marquee.domain.identity.account.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboundMessageTest {

    @Test
    void anSmsGoesOnlyToAnE164NumberAndAnEmailOnlyToAnAddress() {
        MessageData data = MessageData.of(Map.of());
        assertThatThrownBy(() -> new OutboundMessage(MessageKind.ORDER_CONFIRMED, Channel.SMS, "0612345678",
                Language.FR, Optional.empty(), data)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboundMessage(MessageKind.ORDER_CONFIRMED, Channel.EMAIL, "+33612345678",
                Language.FR, Optional.empty(), data)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OutboundMessage(MessageKind.ORDER_CONFIRMED, Channel.SMS, "+33612345678", Language.FR,
                Optional.empty(), data).recipient()).isEqualTo("+33612345678");
    }

    @Test
    void theValuesAreCopiedSoTheCallerCannotChangeThemAfterwards() {
        List<Object> tickets = new ArrayList<>(List.of("A-1"));
        Map<String, Object> values = new HashMap<>(Map.of("tickets", tickets));
        MessageData data = MessageData.of(values);

        tickets.add("A-2");
        values.put("extra", "x");

        assertThat(data.values()).containsOnlyKeys("tickets");
        assertThat(data.values().get("tickets")).isEqualTo(List.of("A-1"));
    }

    @Test
    void onlyTextNumbersBooleansListsAndMapsAreValues() {
        assertThatThrownBy(() -> MessageData.of(Map.of("when", java.time.Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageData.of(Map.of("list", List.of(new Object()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOperatorSeesEveryValueButTheSecrets() {
        MessageData data = MessageData.of(Map.of("name", "Ada")).withSecret("token", "t0ken");

        assertThat(data.values()).containsEntry("token", "t0ken");
        assertThat(data.withoutSecrets()).containsOnlyKeys("name");
        assertThatThrownBy(() -> new MessageData(Map.of("name", "Ada"), Set.of("token")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
