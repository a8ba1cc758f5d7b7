package app.marquee.adapter.rest.web.library;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.application.library.port.in.EditPlaylistUseCase;
import app.marquee.application.library.port.in.EditPlaylistUseCase.DescriptionChange;
import app.marquee.application.library.port.in.ViewPlaylistQuery;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.playlist.PlaylistDescription;
import app.marquee.domain.library.playlist.PlaylistId;
import app.marquee.domain.library.playlist.PlaylistName;
import app.marquee.domain.shared.Rejection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * What the playlist controllers share: a playlist's ETag is its version in quotes, as a title's;
 * a write may name the version it was based on in If-Match (a stale one: 412 VERSION_MISMATCH);
 * a merge patch names the field it got wrong.
 */
@Singleton
class PlaylistHttp {
    static final String MERGE_PATCH = "application/merge-patch+json";
    private final ViewPlaylistQuery view;

    PlaylistHttp(ViewPlaylistQuery view) {
        this.view = view;
    }

    /**
     * The version If-Match asks for. Absent or "*": none (the playlist is locked while written).
     * Several tags are compared with the version now stored, read first; another viewer's
     * playlist is PLAYLIST_NOT_FOUND before any version is looked at.
     */
    Optional<Long> expectedVersion(AccountId owner, PlaylistId id, @Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        long current = Outcomes.accepted(view.view(owner, id)).playlist().version();
        return ETags.expectedVersion(ifMatch, current, Optional.empty());
    }

    static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, long version) {
        return response.header(HttpHeaders.ETAG, ETags.of(version));
    }

    static EditPlaylistUseCase.Command edit(AccountId owner, PlaylistId id, JsonNode patch,
                                            Optional<Long> expectedVersion) {
        if (!patch.isObject()) {
            throw new RejectedException(Rejection.of(RestRejection.INVALID_VALUE));
        }
        Optional<PlaylistName> name = Optional.ofNullable(patch.get("name")).map(value -> {
            if (!value.isString()) {
                throw invalid("name");
            }
            return Fields.parse("name", () -> new PlaylistName(value.getStringValue()));
        });
        Optional<DescriptionChange> description = Optional.ofNullable(patch.get("description")).map(value -> {
            if (value.isNull()) {
                return new DescriptionChange(Optional.empty());
            }
            if (!value.isString()) {
                throw invalid("description");
            }
            return new DescriptionChange(Fields.parse("description",
                    () -> PlaylistDescription.of(value.getStringValue())));
        });
        return new EditPlaylistUseCase.Command(owner, id, name, description, expectedVersion);
    }

    static RejectedException invalid(String field) {
        return new RejectedException(Rejection.onField(RestRejection.INVALID_VALUE, field));
    }
}
