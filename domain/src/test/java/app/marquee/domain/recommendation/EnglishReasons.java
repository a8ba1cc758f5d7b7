package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;

import java.util.function.Function;

/**
 * How the REST layer is expected to word a reason in English, kept here so tests read like the
 * screen ("Because you liked Amélie: same director (Jean-Pierre Jeunet)").
 */
final class EnglishReasons {
    private EnglishReasons() {
    }

    static String of(Reason reason, Function<GenreId, String> genreNames) {
        String liked = reason.becauseYouLiked().map(title -> "Because you liked " + title.name() + ": ").orElse("");
        String person = reason.person().map(PersonMention::name).orElse("");
        String genre = reason.genre().map(genreNames).orElse("");
        return liked + switch (reason.kind()) {
            case SAME_DIRECTOR -> "same director (" + person + ")";
            case SAME_WRITER -> "same writer (" + person + ")";
            case SAME_ACTOR -> "with " + person;
            case SIMILAR_GENRES -> "also " + genre;
            case LIKED_BY_SIMILAR_VIEWERS -> "viewers who liked it liked this too";
            case POPULAR_IN_GENRE -> "Popular in " + genre;
            case POPULAR -> "Popular";
        };
    }
}
