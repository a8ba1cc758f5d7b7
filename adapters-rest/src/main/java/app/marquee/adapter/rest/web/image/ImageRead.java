package app.marquee.adapter.rest.web.image;

import app.marquee.adapter.rest.web.catalog.ETags;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** What a GET of a picture says, whatever it illustrates: whose ({@code id}), which slot, and the ETag it has. */
@Introspected
public record ImageRead(@PathVariable UUID id,
                        @Parameter(schema = @Schema(allowableValues = {"poster", "backdrop"}))
                        @PathVariable String slot,
                        @Header(ETags.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
}
