package app.marquee.domain.sales.order;

import app.marquee.domain.payment.PaymentRejection;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Rejection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A refusal kept with an Idempotency-Key, so that replaying the key answers it again word for word:
 * its code and what it named (a decline reason). Only sales and payment codes are kept.
 */
public record RecordedRefusal(String code, Optional<String> detail) {
    public RecordedRefusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        if (reason(code).isEmpty()) {
            throw new IllegalArgumentException("not a sales or payment code: " + code);
        }
    }

    /** Keeps a rejection; its first subject, when it has one, is the detail. */
    public static RecordedRefusal of(Rejection rejection) {
        return new RecordedRefusal(rejection.code(), rejection.subjects().stream().findFirst());
    }

    /** The rejection as first answered. */
    public Rejection toRejection() {
        Rejection rejection = Rejection.of(reason(code).orElseThrow());
        return detail.map(d -> rejection.withSubjects(List.of(d))).orElse(rejection);
    }

    private static Optional<Enum<?>> reason(String code) {
        for (SalesRejection candidate : SalesRejection.values()) {
            if (candidate.name().equals(code)) {
                return Optional.of(candidate);
            }
        }
        for (PaymentRejection candidate : PaymentRejection.values()) {
            if (candidate.name().equals(code)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
