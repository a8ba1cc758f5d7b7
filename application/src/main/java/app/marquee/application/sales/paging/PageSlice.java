package app.marquee.application.sales.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page cut from a store's answer to "one more than the page": the items to show and, when the
 * extra one came back, the cursor of the next page (the last item shown's position).
 */
public record PageSlice<T>(List<T> items, Optional<String> next) {

    public PageSlice {
        items = List.copyOf(items);
        next = next == null ? Optional.empty() : next;
    }

    public static <T> PageSlice<T> of(List<T> fetched, int limit, Function<T, PagePosition> position) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one item");
        }
        if (fetched.size() <= limit) {
            return new PageSlice<>(fetched, Optional.empty());
        }
        List<T> page = fetched.subList(0, limit);
        return new PageSlice<>(page, Optional.of(position.apply(page.get(limit - 1)).write()));
    }
}
