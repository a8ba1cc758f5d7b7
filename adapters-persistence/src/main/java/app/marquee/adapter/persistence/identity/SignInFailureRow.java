package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One row of {@code sign_in_failures}; the database numbers them. */
@MappedEntity("sign_in_failures")
record SignInFailureRow(
        @Id @GeneratedValue @Nullable Long id,
        String email,
        Instant failedAt) {
}
