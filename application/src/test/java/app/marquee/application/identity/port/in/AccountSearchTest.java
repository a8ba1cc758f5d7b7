package app.marquee.application.identity.port.in;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountSearchTest {

    @Test
    void normalisesTheEmailPrefixLikeAnEmail() {
        AccountSearch search = new AccountSearch(Optional.empty(), Optional.empty(), Optional.of("  Ann.S "),
                Optional.empty(), 10);

        assertThat(search.emailPrefix()).contains("ann.s");
    }

    @Test
    void aBlankPrefixFiltersNothing() {
        AccountSearch search = new AccountSearch(Optional.empty(), Optional.empty(), Optional.of("   "),
                Optional.empty(), 10);

        assertThat(search.emailPrefix()).isEmpty();
    }

    @Test
    void aPageHoldsOneToOneHundredAccounts() {
        assertThat(new AccountSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1)
                .limit()).isEqualTo(1);
        assertThat(new AccountSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 100)
                .limit()).isEqualTo(100);
        assertThatThrownBy(() -> new AccountSearch(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccountSearch(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
