package app.marquee.domain.catalog.popularity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PopularityPolicyTest {
    private static final PopularityPolicy STANDARD = PopularityPolicy.STANDARD;

    @Test
    void aTitleNobodyTouchedIsNotPopular() {
        assertThat(STANDARD.scoreOf(TitleSignals.NONE)).isZero();
    }

    @Test
    void eachSignalWeighsWhatThePolicySays() {
        assertThat(STANDARD.scoreOf(new TitleSignals(1, 0, 0, 0, 0, 0))).isEqualTo(3);
        assertThat(STANDARD.scoreOf(new TitleSignals(0, 1, 0, 0, 0, 0))).isEqualTo(2);
        assertThat(STANDARD.scoreOf(new TitleSignals(0, 0, 0, 1, 0, 0))).isEqualTo(1);
        assertThat(STANDARD.scoreOf(new TitleSignals(0, 0, 0, 0, 1, 0))).isEqualTo(1);
        assertThat(STANDARD.scoreOf(new TitleSignals(0, 0, 0, 0, 0, 1))).isEqualTo(1);
    }

    @Test
    void signalsAddUp() {
        // 2 favorites (6) + 3 likes (6) - 1 dislike (2) + 4 viewers (4) + 1 review + 2 playlists = 17
        assertThat(STANDARD.scoreOf(new TitleSignals(2, 3, 1, 4, 1, 2))).isEqualTo(17);
    }

    @Test
    void aFavoriteOutweighsALikeWhichOutweighsAViewing() {
        long favored = STANDARD.scoreOf(new TitleSignals(1, 0, 0, 0, 0, 0));
        long liked = STANDARD.scoreOf(new TitleSignals(0, 1, 0, 0, 0, 0));
        long watched = STANDARD.scoreOf(new TitleSignals(0, 0, 0, 1, 0, 0));
        assertThat(favored).isGreaterThan(liked);
        assertThat(liked).isGreaterThan(watched);
    }

    @Test
    void aDislikeCancelsALike() {
        assertThat(STANDARD.scoreOf(new TitleSignals(1, 1, 1, 0, 0, 0))).isEqualTo(3);
    }

    @Test
    void aMuchDislikedTitleIsNotPopularRatherThanNegative() {
        assertThat(STANDARD.scoreOf(new TitleSignals(0, 0, 1, 0, 0, 0))).isZero();
        assertThat(STANDARD.scoreOf(new TitleSignals(1, 0, 5, 2, 0, 0))).isZero();
        // -2 + 1 + 1: exactly 0 stays 0, one more viewer makes it 1
        assertThat(STANDARD.scoreOf(new TitleSignals(0, 0, 1, 1, 1, 0))).isZero();
        assertThat(STANDARD.scoreOf(new TitleSignals(0, 0, 1, 2, 1, 0))).isEqualTo(1);
    }

    @Test
    void viewingCountsForTheLastNinetyDays() {
        Instant now = Instant.parse("2026-11-21T12:00:00Z");
        assertThat(STANDARD.viewingCountsSince(now)).isEqualTo(Instant.parse("2026-08-23T12:00:00Z"));
    }

    @Test
    void largeAudiencesDoNotOverflow() {
        long billion = 1_000_000_000L;
        assertThat(STANDARD.scoreOf(new TitleSignals(billion, billion, 0, billion, billion, billion)))
                .isEqualTo(8 * billion);
    }

    @Test
    void weightsPointTheRightWay() {
        assertThatThrownBy(() -> new PopularityPolicy(3, 2, 2, 1, 1, 1, Duration.ofDays(90)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PopularityPolicy(-3, 2, -2, 1, 1, 1, Duration.ofDays(90)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PopularityPolicy(3, 2, -2, 1, 1, 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TitleSignals(-1, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
