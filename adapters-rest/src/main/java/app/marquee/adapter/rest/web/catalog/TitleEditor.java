package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.problem.InvalidValues;
import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.TitleRequests.TitleBody;
import app.marquee.application.catalog.port.in.ChangeTitleStatusUseCase;
import app.marquee.application.catalog.port.in.CreateTitleUseCase;
import app.marquee.application.catalog.port.in.ReviseTitleUseCase;
import app.marquee.application.catalog.port.in.ViewTitleQuery;
import app.marquee.application.catalog.port.in.ViewTitleQuery.TitleView;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
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
 * The steps of an admin's write to a title, between HTTP and the use cases: create, replace
 * (PUT) and merge-patch, each answered with the title as an admin then sees it. The kind of a
 * title never changes. A patch that also moves the status is one revision that moves it: both
 * happen in one transaction, or neither does.
 */
@Singleton
class TitleEditor {
    private static final Set<String> STATUS = Set.of("status");
    private final ViewTitleQuery view;
    private final CreateTitleUseCase create;
    private final ReviseTitleUseCase revise;
    private final ChangeTitleStatusUseCase changeStatus;
    private final JsonMapper json;
    private final Validator validator;

    TitleEditor(ViewTitleQuery view, CreateTitleUseCase create, ReviseTitleUseCase revise,
                ChangeTitleStatusUseCase changeStatus, JsonMapper json, Validator validator) {
        this.view = view;
        this.create = create;
        this.revise = revise;
        this.changeStatus = changeStatus;
        this.json = json;
        this.validator = validator;
    }

    TitleView create(TitleBody body) {
        TitleDetails details = TitleDetailsMapper.details(body);
        return asAdmin(Outcomes.accepted(create.create(new CreateTitleUseCase.Command(body.kind(), details))).id());
    }

    TitleView replace(TitleId id, @Nullable String ifMatch, TitleBody body) {
        Title current = asAdmin(id).title();
        if (body.kind() != current.kind()) {
            throw Fields.invalid("kind");
        }
        Optional<Long> expected = ETags.expectedVersion(ifMatch, current.version(), Optional.empty());
        TitleDetails details = TitleDetailsMapper.details(body);
        Outcomes.accepted(revise.revise(new ReviseTitleUseCase.Command(id, expected, details)));
        return asAdmin(id);
    }

    TitleView patch(TitleId id, @Nullable String ifMatch, JsonNode patch) {
        if (!patch.isObject()) {
            throw new RejectedException(Rejection.of(RestRejection.INVALID_VALUE));
        }
        TitleView current = asAdmin(id);
        Title title = current.title();
        long version = ETags.expectedVersion(ifMatch, title.version(), Optional.of(title.version())).orElseThrow();
        Optional<TitleStatus> target = status(patch).filter(status -> status != title.status());
        boolean revises = patch.size() > (patch.get("status") == null ? 0 : 1);
        if (target.isEmpty() && !revises) {
            if (version != title.version()) {
                throw new RejectedException(Rejection.of(CatalogRejection.VERSION_MISMATCH));
            }
            return current;
        }
        if (revises) {
            Outcomes.accepted(revise.revise(new ReviseTitleUseCase.Command(id, Optional.of(version),
                    merged(title, patch), target)));
        } else {
            Outcomes.accepted(changeStatus.change(new ChangeTitleStatusUseCase.Command(id, target.orElseThrow(),
                    Optional.of(version))));
        }
        return asAdmin(id);
    }

    private TitleView asAdmin(TitleId id) {
        return Outcomes.accepted(view.view(id, true));
    }

    private TitleDetails merged(Title title, JsonNode patch) {
        TitleBody body;
        try {
            JsonNode current = json.writeValueToTree(TitleDetailsMapper.body(title.kind(), title.details()));
            body = json.readValueFromTree(MergePatch.apply(current, patch, STATUS), TitleBody.class);
        } catch (IOException | RuntimeException unreadable) {
            String field = InvalidValues.field(unreadable);
            throw new RejectedException(field.isEmpty() ? Rejection.of(RestRejection.INVALID_VALUE)
                    : Rejection.onField(RestRejection.INVALID_VALUE, field));
        }
        Set<ConstraintViolation<TitleBody>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (body.kind() != title.kind()) {
            throw Fields.invalid("kind");
        }
        return TitleDetailsMapper.details(body);
    }

    private static Optional<TitleStatus> status(JsonNode patch) {
        JsonNode status = patch.get("status");
        if (status == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TitleStatus.valueOf(status.isString() ? status.getStringValue() : ""));
        } catch (IllegalArgumentException unknown) {
            throw Fields.invalid("status");
        }
    }
}
