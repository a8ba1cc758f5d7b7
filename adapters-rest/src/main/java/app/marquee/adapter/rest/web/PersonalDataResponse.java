package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.web.library.LibraryExportResponse;
import app.marquee.application.identity.port.in.ExportPersonalDataQuery.PersonalData;
import app.marquee.application.library.port.in.ExportLibraryQuery.LibraryExport;
import app.marquee.domain.identity.session.Session;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything held about the caller, for GDPR data portability: the account, its sessions and its library. */
@Serdeable
@Schema(name = "PersonalDataExport")
public record PersonalDataResponse(Instant exportedAt, AccountResponse account, List<SessionEntry> sessions,
                                   LibraryExportResponse library) {

    static PersonalDataResponse of(PersonalData data, LibraryExport library, Instant now) {
        return new PersonalDataResponse(now, AccountResponse.of(data.account()),
                data.sessions().stream().map(SessionEntry::of).toList(), LibraryExportResponse.of(library));
    }

    @Serdeable
    @Schema(name = "SessionRecord", description = "One sign-in: when it began, was last refreshed, and ended")
    public record SessionEntry(UUID id, Instant signedInAt, Instant lastRefreshedAt,
                               @Nullable @Schema(nullable = true) Instant revokedAt,
                               @Nullable @Schema(nullable = true) String revocationReason) {
        static SessionEntry of(Session session) {
            return new SessionEntry(session.id().value(), session.createdAt(), session.lastRefreshedAt(),
                    session.revokedAt().orElse(null), session.revocationReason().map(Enum::name).orElse(null));
        }
    }
}
