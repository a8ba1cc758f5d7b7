package app.marquee.domain.sales.order;

import app.marquee.domain.sales.show.ShowId;
import org.junit.jupiter.api.Test;

import static app.marquee.domain.sales.SaleFixture.signer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketCodeTest {
    private static final TicketSigner SERVER = signer("server secret");
    private final TicketId ticket = TicketId.newId();
    private final ShowId show = ShowId.newId();

    @Test
    void readsBackTheCodeItWrites() {
        TicketCode code = TicketCode.of(ticket, show, SERVER);

        String text = code.format();

        assertThat(text).startsWith("MQ1." + ticket + "." + show + ".");
        assertThat(TicketCode.parse(text)).contains(code);
        assertThat(TicketCode.parse("  " + text + "\n")).contains(code);
        assertThat(code.isSignedBy(SERVER)).isTrue();
    }

    @Test
    void aCodeSignedWithAnotherSecretOrAlteredIsNotTheServers() {
        TicketCode forged = TicketCode.of(ticket, show, signer("guessed"));
        TicketCode genuine = TicketCode.of(ticket, show, SERVER);
        TicketCode moved = new TicketCode(ticket, ShowId.newId(), genuine.signature());

        assertThat(forged.isSignedBy(SERVER)).isFalse();
        assertThat(moved.isSignedBy(SERVER)).isFalse();
    }

    @Test
    void somethingElseIsNotACode() {
        String signature = TicketCode.of(ticket, show, SERVER).signature();

        assertThat(TicketCode.parse(null)).isEmpty();
        assertThat(TicketCode.parse("")).isEmpty();
        assertThat(TicketCode.parse("MQ2." + ticket + "." + show + "." + signature)).isEmpty();
        assertThat(TicketCode.parse("MQ1." + ticket + "." + show)).isEmpty();
        assertThat(TicketCode.parse("MQ1.not-a-uuid." + show + "." + signature)).isEmpty();
        assertThat(TicketCode.parse("MQ1." + ticket.toString().toUpperCase() + "." + show + "." + signature)).isEmpty();
        assertThat(TicketCode.parse("MQ1." + ticket + "." + show + ".short")).isEmpty();
        assertThat(TicketCode.parse("MQ1." + ticket + "." + show + "." + signature + ".extra")).isEmpty();
        assertThatThrownBy(() -> new TicketCode(ticket, show, "has spaces in it!!"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
