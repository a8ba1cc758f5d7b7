package app.marquee.adapter.rest.web.catalog;

import app.marquee.domain.catalog.genre.Genre;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A genre: its slug, its name in the caller's language (Accept-Language, English by default), and both names. */
@Serdeable
@Schema(name = "Genre")
public record GenreResponse(UUID id, @Schema(example = "drama") String slug,
                            @Schema(description = "In the caller's language", example = "Drama") String name,
                            Names names) {

    static GenreResponse of(Genre genre, Locale locale) {
        String en = genre.name().en();
        String fr = genre.name().fr();
        return new GenreResponse(genre.id().value(), genre.slug(), Locale.FRENCH.equals(locale) ? fr : en,
                new Names(en, fr));
    }

    @Serdeable
    @Schema(name = "GenreNames")
    public record Names(@Schema(example = "Drama") String en, @Schema(example = "Drame") String fr) {
    }

    @Serdeable
    @Schema(name = "GenreList")
    public record GenreList(List<GenreResponse> items) {
    }
}
