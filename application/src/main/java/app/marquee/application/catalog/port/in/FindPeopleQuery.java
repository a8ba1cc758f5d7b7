package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** People whose name holds the words typed, ignoring case and accents, in name order, page by page. */
public interface FindPeopleQuery {
    /** INVALID_CURSOR when {@code after} is not a cursor this query issued. */
    Outcome<PeoplePage> find(Search search);

    record Search(String text, Optional<String> after, int limit) {
        public Search {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(after, "after");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100");
            }
        }
    }

    /** {@code nextAfter} is the cursor of the next page, empty on the last. */
    record PeoplePage(List<Person> items, Optional<String> nextAfter) {
        public PeoplePage {
            items = List.copyOf(items);
        }
    }
}
