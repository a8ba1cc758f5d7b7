package app.marquee.domain.recommendation;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One title in a viewer's history with everything the viewer did with it. The signal that counts
 * is the strongest: a favorite outweighs everything (it was chosen deliberately, even if a
 * reaction says otherwise); otherwise a dislike outweighs having finished or liked the title.
 */
public record TasteEntry(TitleFeatures title, Set<Signal> signals) {
    public TasteEntry {
        Objects.requireNonNull(title, "title");
        if (signals == null || signals.isEmpty()) {
            throw new IllegalArgumentException("a taste entry carries at least one signal");
        }
        signals = Set.copyOf(EnumSet.copyOf(signals));
    }

    public static TasteEntry of(TitleFeatures title, Signal first, Signal... more) {
        return new TasteEntry(title, EnumSet.of(first, more));
    }

    public Signal strongest() {
        if (signals.contains(Signal.FAVORITE)) {
            return Signal.FAVORITE;
        }
        if (signals.contains(Signal.DISLIKED)) {
            return Signal.DISLIKED;
        }
        return signals.contains(Signal.FINISHED) ? Signal.FINISHED : Signal.LIKED;
    }

    public boolean isDisliked() {
        return strongest() == Signal.DISLIKED;
    }

    TasteEntry with(TasteEntry other) {
        EnumSet<Signal> all = EnumSet.copyOf(signals);
        all.addAll(other.signals);
        return new TasteEntry(title, all);
    }
}
