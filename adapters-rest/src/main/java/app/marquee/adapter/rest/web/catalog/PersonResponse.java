package app.marquee.adapter.rest.web.catalog;

import app.marquee.domain.catalog.person.Person;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Someone credited on titles. */
@Serdeable
@Schema(name = "Person")
public record PersonResponse(UUID id, @Schema(example = "Audrey Tautou") String name) {

    static PersonResponse of(Person person) {
        return new PersonResponse(person.id().value(), person.name());
    }

    @Serdeable
    @Schema(name = "PersonPage")
    public record PersonPage(List<PersonResponse> items,
                             @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page;"
                                     + " null on the last page") String nextCursor) {
    }
}
