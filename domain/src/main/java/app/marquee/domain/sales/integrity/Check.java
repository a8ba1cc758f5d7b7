package app.marquee.domain.sales.integrity;

import java.util.Objects;

/** One rule of a show's books, whether it holds, and the figures it compared. */
public record Check(CheckName name, boolean holds, String figures) {
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(figures, "figures");
    }
}
