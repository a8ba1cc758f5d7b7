package app.marquee.domain.sales.refund;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundTiersConfigTest {

    @Test
    void theDefaultTiersReadAsTheDefaultPolicy() {
        assertThat(RefundPolicy.parse("48h:100,2h:50")).isEqualTo(RefundPolicy.DEFAULT);
        assertThat(RefundPolicy.parse(" 48h : 100 , 2h:50 ")).isEqualTo(RefundPolicy.DEFAULT);
    }

    @Test
    void noticeIsGivenInDaysHoursOrMinutes() {
        assertThat(RefundPolicy.parse("7d:100,90m:25").tiers()).containsExactly(
                new RefundTier(Duration.ofDays(7), 100), new RefundTier(Duration.ofMinutes(90), 25));
    }

    @Test
    void noTiersMeansNothingEverComesBack() {
        assertThat(RefundPolicy.parse("").tiers()).isEmpty();
        assertThat(RefundPolicy.parse(null).tiers()).isEmpty();
    }

    @Test
    void aMalformedOrIncoherentSpecificationIsRefusedNamingTheCulprit() {
        assertThatThrownBy(() -> RefundPolicy.parse("48x:100")).hasMessageContaining("48x:100");
        assertThatThrownBy(() -> RefundPolicy.parse("48h")).hasMessageContaining("48h");
        assertThatThrownBy(() -> RefundPolicy.parse("h:100")).hasMessageContaining("h:100");
        assertThatThrownBy(() -> RefundPolicy.parse("48h:120")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RefundPolicy.parse("2h:50,48h:100")).hasMessageContaining("longest notice");
        assertThatThrownBy(() -> RefundPolicy.parse("48h:50,2h:100")).hasMessageContaining("never refunds more");
        assertThat(List.of(RefundPolicy.parse("48h:100").tiers().get(0).percent())).containsExactly(100);
    }
}
