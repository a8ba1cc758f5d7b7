package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;

import java.util.Objects;
import java.util.Optional;

/**
 * The ingredients of a human reason, never the sentence itself: the kind, the liked title it
 * points to, the person or the genre involved. The REST layer turns them into "Because you liked
 * Amélie: same director (Jean-Pierre Jeunet)" or "Parce que vous avez aimé Amélie : même
 * réalisateur", with the genre's name in the viewer's language.
 */
public record Reason(ReasonKind kind, Optional<TitleMention> becauseYouLiked, Optional<PersonMention> person,
                     Optional<GenreId> genre) {
    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(becauseYouLiked, "becauseYouLiked");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(genre, "genre");
        boolean personal = kind.ordinal() <= ReasonKind.LIKED_BY_SIMILAR_VIEWERS.ordinal();
        if (personal != becauseYouLiked.isPresent()) {
            throw new IllegalArgumentException(kind + (personal ? " names" : " never names") + " a liked title");
        }
        boolean aboutSomeone = kind == ReasonKind.SAME_DIRECTOR || kind == ReasonKind.SAME_WRITER
                || kind == ReasonKind.SAME_ACTOR;
        if (aboutSomeone != person.isPresent()) {
            throw new IllegalArgumentException(kind + (aboutSomeone ? " names" : " never names") + " a person");
        }
        boolean aboutAGenre = kind == ReasonKind.SIMILAR_GENRES || kind == ReasonKind.POPULAR_IN_GENRE;
        if (aboutAGenre != genre.isPresent()) {
            throw new IllegalArgumentException(kind + (aboutAGenre ? " names" : " never names") + " a genre");
        }
    }

    public static Reason sharedPerson(ReasonKind kind, TitleMention liked, PersonMention person) {
        return new Reason(kind, Optional.of(liked), Optional.of(person), Optional.empty());
    }

    public static Reason similarGenres(TitleMention liked, GenreId genre) {
        return new Reason(ReasonKind.SIMILAR_GENRES, Optional.of(liked), Optional.empty(), Optional.of(genre));
    }

    public static Reason likedBySimilarViewers(TitleMention liked) {
        return new Reason(ReasonKind.LIKED_BY_SIMILAR_VIEWERS, Optional.of(liked), Optional.empty(), Optional.empty());
    }

    public static Reason popularIn(GenreId genre) {
        return new Reason(ReasonKind.POPULAR_IN_GENRE, Optional.empty(), Optional.empty(), Optional.of(genre));
    }

    public static Reason popular() {
        return new Reason(ReasonKind.POPULAR, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
