package app.marquee.adapter.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One row of {@code mail_requests}; the database numbers them. */
@MappedEntity("mail_requests")
record MailRequestRow(
        @Id @GeneratedValue @Nullable Long id,
        String kind,
        String address,
        Instant requestedAt) {
}
