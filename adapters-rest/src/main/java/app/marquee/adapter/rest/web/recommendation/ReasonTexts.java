package app.marquee.adapter.rest.web.recommendation;

import app.marquee.adapter.rest.problem.ProblemMessages;
import app.marquee.adapter.rest.web.recommendation.RecommendationResponse.GenreRef;
import app.marquee.adapter.rest.web.recommendation.RecommendationResponse.Named;
import app.marquee.adapter.rest.web.recommendation.RecommendationResponse.ReasonResponse;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.recommendation.Reason;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a reason's ingredients into the sentence a viewer reads, in English or French, from the
 * {@code recommendation.<KIND>} messages: {0} the liked title, {1} the person or the genre (its
 * name in the viewer's language, from the catalog).
 */
@Singleton
class ReasonTexts {
    private final ProblemMessages messages;

    ReasonTexts(ProblemMessages messages) {
        this.messages = messages;
    }

    ReasonResponse render(Reason reason, Map<GenreId, Genre> genres, Locale locale) {
        Named liked = reason.becauseYouLiked().map(t -> new Named(t.id().value(), t.name())).orElse(null);
        Named person = reason.person().map(p -> new Named(p.id().value(), p.name())).orElse(null);
        GenreRef genre = reason.genre().map(genres::get)
                .map(g -> new GenreRef(g.slug(), Locale.FRENCH.equals(locale) ? g.name().fr() : g.name().en()))
                .orElse(null);
        String detail = person != null ? person.name() : genre != null ? genre.name() : "";
        String pattern = messages.text(locale, "recommendation." + reason.kind().name());
        String text = new MessageFormat(pattern, locale).format(new Object[] {liked == null ? "" : liked.name(), detail});
        return new ReasonResponse(reason.kind().name(), text, liked, person, genre);
    }
}
