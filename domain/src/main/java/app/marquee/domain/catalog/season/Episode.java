package app.marquee.domain.catalog.season;

import app.marquee.domain.catalog.shared.Prose;

import java.util.Objects;

/** One episode of a season: its number in the season (from 1), name, synopsis and runtime (1-999 minutes). */
public record Episode(EpisodeId id, int number, String name, String synopsis, int runtimeMinutes) {
    public Episode {
        Objects.requireNonNull(id, "id");
        if (number < 1 || number > 9_999) {
            throw new IllegalArgumentException("episodes are numbered from 1");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an episode name is 1 to 200 characters");
        }
        name = name.strip();
        synopsis = synopsis == null ? "" : synopsis.strip();
        if (synopsis.length() > 5_000 || !Prose.isClean(synopsis)) {
            throw new IllegalArgumentException("synopsis is at most 5000 characters, without control characters");
        }
        if (runtimeMinutes < 1 || runtimeMinutes > 999) {
            throw new IllegalArgumentException("runtime is 1 to 999 minutes");
        }
    }
}
