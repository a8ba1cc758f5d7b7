package app.marquee.adapter.rest.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogFilterTest {
    @Test
    void aDurationIsLoggedInMillisecondsWithOneDecimalRoundedAsBefore() {
        assertThat(RequestLogFilter.millis(0)).isEqualTo("0.0");
        assertThat(RequestLogFilter.millis(49_999)).isEqualTo("0.0");
        assertThat(RequestLogFilter.millis(50_000)).isEqualTo("0.1");
        assertThat(RequestLogFilter.millis(12_345_678)).isEqualTo("12.3");
        assertThat(RequestLogFilter.millis(1_999_950_000L)).isEqualTo("2000.0");
    }
}
