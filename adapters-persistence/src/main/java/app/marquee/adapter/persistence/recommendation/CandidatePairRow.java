package app.marquee.adapter.persistence.recommendation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** A drawn candidate, with how many other accounts favorite it and {@code likedId} (none: no shared audience). */
@Introspected
record CandidatePairRow(UUID candidateId, @Nullable UUID likedId, @Nullable Long together) {
}
