package app.marquee.domain.recommendation;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static app.marquee.domain.recommendation.Film.film;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TasteTest {
    private final TitleFeatures heat = film("Heat").features();
    private final TitleFeatures alien = film("Alien").features();

    @Test
    void aFavoriteOutweighsEveryOtherSignalAndADislikeOutweighsFinishingOrLiking() {
        assertThat(new TasteEntry(heat, EnumSet.of(Signal.FAVORITE, Signal.DISLIKED)).strongest()).isEqualTo(Signal.FAVORITE);
        assertThat(new TasteEntry(heat, EnumSet.of(Signal.FINISHED, Signal.DISLIKED)).strongest()).isEqualTo(Signal.DISLIKED);
        assertThat(new TasteEntry(heat, EnumSet.of(Signal.FINISHED, Signal.LIKED)).strongest()).isEqualTo(Signal.FINISHED);
        assertThat(TasteEntry.of(heat, Signal.LIKED).strongest()).isEqualTo(Signal.LIKED);
    }

    @Test
    void twoEntriesForOneTitleAreMerged() {
        Taste taste = Taste.of(List.of(TasteEntry.of(heat, Signal.FINISHED), TasteEntry.of(heat, Signal.DISLIKED)));

        assertThat(taste.entries()).singleElement().extracting(TasteEntry::signals)
                .isEqualTo(Set.of(Signal.FINISHED, Signal.DISLIKED));
        assertThat(taste.disliked()).hasSize(1);
        assertThat(taste.isColdStart()).isTrue();
    }

    @Test
    void everythingInTheHistoryIsSeen() {
        Taste taste = new Taste(List.of(TasteEntry.of(heat, Signal.LIKED)), Set.of(alien.id()));

        assertThat(taste.seen()).containsExactlyInAnyOrder(heat.id(), alien.id());
        assertThat(taste.isColdStart()).isFalse();
        assertThat(Taste.none().isColdStart()).isTrue();
    }

    @Test
    void anEntryCarriesASignal() {
        assertThatThrownBy(() -> new TasteEntry(heat, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
