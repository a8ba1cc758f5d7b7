package app.marquee.domain.sales.refund;

import java.time.Duration;
import java.util.Objects;

/** "{@code percent} % back when cancelled at least {@code notice} before the show starts." */
public record RefundTier(Duration notice, int percent) {
    public RefundTier {
        Objects.requireNonNull(notice, "notice");
        if (notice.isNegative()) {
            throw new IllegalArgumentException("a refund tier's notice is zero or more");
        }
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a refund is 0 to 100 per cent");
        }
    }
}
