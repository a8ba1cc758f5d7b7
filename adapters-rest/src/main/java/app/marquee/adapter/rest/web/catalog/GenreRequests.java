package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.shared.LocalizedName;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Bodies of the genre routes; the domain judges the slug and the names, and a refusal names the field. */
final class GenreRequests {
    private GenreRequests() {
    }

    @Serdeable
    @Schema(name = "GenreWrite")
    record GenreBody(@NotNull @Schema(description = "Lower-case words joined by hyphens, at most 40 characters;"
                             + " unique and never changed", example = "science-fiction") String slug,
                     @NotNull @Valid Names names) {

        String checkedSlug() {
            if (!Genre.isValidSlug(slug)) {
                throw Fields.invalid("slug");
            }
            return slug;
        }
    }

    @Serdeable
    @Schema(name = "GenreRename")
    record GenreChange(@NotNull @Valid Names names) {
    }

    @Serdeable
    @Schema(name = "GenreNamesWrite", description = "1 to 80 characters each")
    record Names(@NotNull @Schema(example = "Science fiction") String en,
                 @NotNull @Schema(example = "Science-fiction") String fr) {

        LocalizedName checked() {
            return Fields.stepwise(List.of("names.en", "names.fr"),
                    n -> new LocalizedName(en, n > 1 ? fr : "x"));
        }
    }
}
