package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.InvalidValues;
import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.adapter.rest.web.catalog.MergePatch;
import app.marquee.adapter.rest.web.sales.VenueRequests.VenueBody;
import app.marquee.application.sales.venue.port.in.ReviseVenueUseCase;
import app.marquee.application.sales.venue.port.in.ViewVenueQuery;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Rejection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * An operator's rewrite of a venue, PUT or merge patch, between HTTP and the use case. PUT with
 * If-Match writes only at that version (412 otherwise), without it any version but a lost race is
 * 409; a PATCH always applies to the version it merged into, or to If-Match's.
 */
@Singleton
class VenueEditor {
    private final ViewVenueQuery view;
    private final ReviseVenueUseCase revise;
    private final JsonMapper json;
    private final Validator validator;

    VenueEditor(ViewVenueQuery view, ReviseVenueUseCase revise, JsonMapper json, Validator validator) {
        this.view = view;
        this.revise = revise;
        this.json = json;
        this.validator = validator;
    }

    Venue replace(VenueId id, @Nullable String ifMatch, VenueBody body) {
        Venue current = Outcomes.accepted(view.view(id));
        Optional<Long> expected = ETags.expectedVersion(ifMatch, current.version(), Optional.empty());
        return Outcomes.accepted(revise.revise(new ReviseVenueUseCase.Command(id, expected, body.details())));
    }

    Venue patch(VenueId id, @Nullable String ifMatch, JsonNode patch) {
        if (!patch.isObject()) {
            throw new RejectedException(Rejection.of(RestRejection.INVALID_VALUE));
        }
        Venue current = Outcomes.accepted(view.view(id));
        long version = ETags.expectedVersion(ifMatch, current.version(), Optional.of(current.version())).orElseThrow();
        VenueBody merged = merged(current, patch);
        return Outcomes.accepted(revise.revise(new ReviseVenueUseCase.Command(id, Optional.of(version),
                merged.details())));
    }

    private VenueBody merged(Venue current, JsonNode patch) {
        VenueBody body;
        try {
            JsonNode tree = json.writeValueToTree(VenueBody.of(current.details()));
            body = json.readValueFromTree(MergePatch.apply(tree, patch, Set.of()), VenueBody.class);
        } catch (IOException | RuntimeException unreadable) {
            String field = InvalidValues.field(unreadable);
            throw new RejectedException(field.isEmpty() ? Rejection.of(RestRejection.INVALID_VALUE)
                    : Rejection.onField(RestRejection.INVALID_VALUE, field));
        }
        Set<ConstraintViolation<VenueBody>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
