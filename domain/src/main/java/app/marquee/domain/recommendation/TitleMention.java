package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.title.TitleId;

import java.util.Objects;

/** A title the viewer liked, as a reason names it ("Because you liked Amélie"). */
public record TitleMention(TitleId id, String name) {
    public TitleMention {
        Objects.requireNonNull(id, "title id");
        Objects.requireNonNull(name, "title name");
    }
}
