package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code sign_in_challenges}, keyed by the challenge's SHA-256 in hex. */
@MappedEntity("sign_in_challenges")
record SignInChallengeRow(
        @Id String digest,
        UUID accountId,
        Instant issuedAt,
        Instant expiresAt,
        int failures,
        @Nullable Instant answeredAt) {
}
