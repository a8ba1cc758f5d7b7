package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;

import java.util.Optional;

/**
 * The evidence gathered for one candidate: the running score and its single largest part, which
 * becomes the reason. Between two equal parts the stronger kind wins (director, writer, actor,
 * other viewers, genres), then the liked title with the smaller id, so the reason never depends
 * on the order things came in. Kept as plain fields: a candidate meets many parts.
 */
final class Evidence {
    private double total;
    private ReasonKind kind;
    private double value;
    private TitleFeatures liked;
    private CreditedPerson person;
    private GenreId genre;

    void add(ReasonKind partKind, double partValue, TitleFeatures partLiked, CreditedPerson partPerson,
             GenreId partGenre) {
        if (partValue <= 0) {
            return;
        }
        total += partValue;
        if (kind == null || beats(partKind, partValue, partLiked)) {
            kind = partKind;
            value = partValue;
            liked = partLiked;
            person = partPerson;
            genre = partGenre;
        }
    }

    double total() {
        return total;
    }

    Optional<Reason> reason() {
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(switch (kind) {
            case SAME_DIRECTOR, SAME_WRITER, SAME_ACTOR -> Reason.sharedPerson(kind, liked.mention(), person.mention());
            case SIMILAR_GENRES -> Reason.similarGenres(liked.mention(), genre);
            case LIKED_BY_SIMILAR_VIEWERS -> Reason.likedBySimilarViewers(liked.mention());
            default -> throw new IllegalStateException(kind + " is not about a liked title");
        });
    }

    private boolean beats(ReasonKind partKind, double partValue, TitleFeatures partLiked) {
        int byValue = Double.compare(partValue, value);
        if (byValue != 0) {
            return byValue > 0;
        }
        int byKind = Integer.compare(rank(partKind), rank(kind));
        if (byKind != 0) {
            return byKind < 0;
        }
        return partLiked.id().value().compareTo(liked.id().value()) < 0;
    }

    private static int rank(ReasonKind kind) {
        return switch (kind) {
            case SAME_DIRECTOR -> 0;
            case SAME_WRITER -> 1;
            case SAME_ACTOR -> 2;
            case LIKED_BY_SIMILAR_VIEWERS -> 3;
            default -> 4;
        };
    }
}
