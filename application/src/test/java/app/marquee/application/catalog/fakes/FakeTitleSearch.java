package app.marquee.application.catalog.fakes;

import app.marquee.application.catalog.port.out.SearchTitlesPort;
import app.marquee.application.catalog.search.TitleSearch;
import app.marquee.application.catalog.search.TitleSearchPage;
import app.marquee.domain.shared.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records the searches it is asked and gives the answer the test set (an empty page by default). */
public final class FakeTitleSearch implements SearchTitlesPort {
    private final List<TitleSearch> asked = new ArrayList<>();
    private Outcome<TitleSearchPage> answer =
            Outcome.accepted(new TitleSearchPage(List.of(), Optional.empty(), Map.of(), Map.of()));

    @Override
    public Outcome<TitleSearchPage> search(TitleSearch search) {
        asked.add(search);
        return answer;
    }

    public void answer(Outcome<TitleSearchPage> next) {
        this.answer = next;
    }

    public List<TitleSearch> asked() {
        return List.copyOf(asked);
    }
}
