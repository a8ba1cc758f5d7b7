package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.catalog.port.in.FindPeopleQuery.PeoplePage;
import app.marquee.application.catalog.port.in.FindPeopleQuery.Search;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FindPeopleServiceTest {
    private final CatalogFixture catalog = new CatalogFixture();
    private final FindPeopleService find = new FindPeopleService(catalog.people);

    @Test
    void findsPeopleByTheWordsTypedIgnoringCaseAndAccents() {
        catalog.person("Élodie Bouchez");
        catalog.person("Jean-Pierre Jeunet");
        catalog.person("Jean Reno");

        assertThat(page("elodie", Optional.empty(), 10).items()).extracting(Person::name)
                .containsExactly("Élodie Bouchez");
        assertThat(page("JEAN", Optional.empty(), 10).items()).extracting(Person::name)
                .containsExactly("Jean Reno", "Jean-Pierre Jeunet");
    }

    @Test
    void asksTheStoreForOneRowMoreThanThePage() {
        page("", Optional.empty(), 25);

        assertThat(catalog.people.findMaxima()).containsExactly(26);
    }

    @Test
    void pagesThroughEveryoneInNameOrderWithoutGapsOrRepeats() {
        for (String name : List.of("Eve", "Bob", "Dan", "Ann", "Cid")) {
            catalog.person(name);
        }
        List<String> seen = new ArrayList<>();
        Optional<String> after = Optional.empty();
        int pages = 0;
        do {
            PeoplePage page = page("", after, 2);
            page.items().forEach(p -> seen.add(p.name()));
            after = page.nextAfter();
            pages++;
        } while (after.isPresent());

        assertThat(seen).containsExactly("Ann", "Bob", "Cid", "Dan", "Eve");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aPageEndingOnTheLastPersonHasNoNextCursor() {
        catalog.person("Ann");
        catalog.person("Bob");

        PeoplePage page = page("", Optional.empty(), 2);

        assertThat(page.items()).hasSize(2);
        assertThat(page.nextAfter()).isEmpty();
    }

    @Test
    void namesHoldingTheCursorSeparatorPageCorrectly() {
        catalog.person("Ann: The Sequel");
        catalog.person("Ann: The Original");
        catalog.person("Zoe");

        PeoplePage first = page("", Optional.empty(), 1);
        PeoplePage second = page("", first.nextAfter(), 1);
        PeoplePage third = page("", second.nextAfter(), 1);

        assertThat(List.of(first, second, third)).flatExtracting(PeoplePage::items).extracting(Person::name)
                .containsExactly("Ann: The Original", "Ann: The Sequel", "Zoe");
        assertThat(third.nextAfter()).isEmpty();
    }

    @Test
    void peopleWithTheSameNameAreAllListed() {
        Person first = catalog.person("John Smith");
        Person second = catalog.person("John Smith");

        PeoplePage one = page("smith", Optional.empty(), 1);
        PeoplePage two = page("smith", one.nextAfter(), 1);

        assertThat(List.of(one.items().get(0).id(), two.items().get(0).id()))
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(two.nextAfter()).isEmpty();
    }

    @Test
    void aCursorThisQueryDidNotIssueIsRefused() {
        catalog.person("Ann");
        String id = UUID.randomUUID().toString();
        Outcome<PeoplePage> invalid = Outcome.rejected(Rejection.onField(CatalogRejection.INVALID_CURSOR, "cursor"));

        for (String forged : List.of("", "nonsense", id, id + ":", id + ": ", "not-a-uuid-at-all-but-36-characters:Ann",
                "1-1-1-1-1:Ann", id + ":Ann\u0000", id + "Ann")) {
            assertThat(find.find(new Search("", Optional.of(forged), 10))).as(forged).isEqualTo(invalid);
        }
        assertThat(catalog.people.findMaxima()).isEmpty();
    }

    private PeoplePage page(String text, Optional<String> after, int limit) {
        Outcome<PeoplePage> outcome = find.find(new Search(text, after, limit));
        assertThat(outcome.isAccepted()).as("outcome %s", outcome).isTrue();
        return ((Outcome.Accepted<PeoplePage>) outcome).value();
    }
}
