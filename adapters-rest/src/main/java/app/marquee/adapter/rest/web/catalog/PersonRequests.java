package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.domain.catalog.person.Person;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Body of the person routes. */
final class PersonRequests {
    private PersonRequests() {
    }

    @Serdeable
    @Schema(name = "PersonWrite")
    record PersonBody(@NotNull @Schema(description = "1 to 200 characters", example = "Audrey Tautou") String name) {

        /** The name as the domain keeps it (trimmed), once it has accepted it. */
        String checkedName() {
            return Fields.parse("name", () -> Person.create(name).name());
        }
    }
}
