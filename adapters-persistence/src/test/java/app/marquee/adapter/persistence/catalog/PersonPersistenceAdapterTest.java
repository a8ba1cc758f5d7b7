package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.application.catalog.port.out.PeoplePort.PeopleCursor;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PersonPersistenceAdapterTest extends DatabaseTest {
    @Inject
    PersonPersistenceAdapter people;
    @Inject
    TitlePersistenceAdapter titles;

    @Test
    void aPersonComesBackAsStored() {
        Person person = people.add(TestCatalog.person("Agnès Varda"));

        assertThat(people.byId(person.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(person);
        assertThat(people.byIds(List.of(person.id()))).singleElement().usingRecursiveComparison().isEqualTo(person);
        assertThat(people.byId(PersonId.newId())).isEmpty();
        assertThat(people.byIds(List.of())).isEmpty();
    }

    @Test
    void theWordsTypedMatchNamesWhateverTheirCaseAccentsAndOrder() {
        String tag = TestCatalog.tag();
        Person zoe = people.add(TestCatalog.person("Zoé " + tag + " Héloïse"));
        Person eloise = people.add(TestCatalog.person("Éloïse " + tag.toUpperCase()));
        people.add(TestCatalog.person("Zoe Other " + TestCatalog.tag()));

        assertThat(names(people.find(tag, Optional.empty(), 10))).containsExactly(eloise.name(), zoe.name());
        assertThat(names(people.find("ELOISE " + tag, Optional.empty(), 10)))
                .containsExactly(eloise.name(), zoe.name());
        assertThat(names(people.find(tag + " zoe", Optional.empty(), 10))).containsExactly(zoe.name());
        assertThat(names(people.find("  hélo  " + tag.substring(2, 8) + " ", Optional.empty(), 10)))
                .containsExactly(zoe.name());
    }

    @Test
    void theCursorPagesThroughThePeopleAfterTheLastOneSeen() {
        String tag = TestCatalog.tag();
        for (String first : List.of("Émile", "Albert", "Denise", "béatrice", "Claude")) {
            people.add(TestCatalog.person(first + " " + tag));
        }

        List<Person> page1 = people.find(tag, Optional.empty(), 2);
        List<Person> page2 = people.find(tag, Optional.of(cursor(page1)), 2);
        List<Person> page3 = people.find(tag, Optional.of(cursor(page2)), 2);

        assertThat(names(page1)).containsExactly("Albert " + tag, "béatrice " + tag);
        assertThat(names(page2)).containsExactly("Claude " + tag, "Denise " + tag);
        assertThat(names(page3)).containsExactly("Émile " + tag);
    }

    @Test
    void wildcardsTypedAreTakenLiterally() {
        String tag = TestCatalog.tag();
        Person percent = people.add(TestCatalog.person(tag + " 100% Dupont"));
        people.add(TestCatalog.person(tag + " 1000 Dupont"));

        assertThat(names(people.find(tag + " 100%", Optional.empty(), 10))).containsExactly(percent.name());
        assertThat(people.find(tag + " _", Optional.empty(), 10)).isEmpty();
    }

    @Test
    void aRenameAppliesAtTheVersionReadAndNotOnAStaleCopy() {
        Person person = people.add(TestCatalog.person("Jean Gabin"));
        Person first = people.byId(person.id()).orElseThrow();
        Person stale = people.byId(person.id()).orElseThrow();
        first.rename("Jean Gabin (1904-1976)");
        stale.rename("J. Gabin");

        Outcome<Person> renamed = people.update(first);

        assertThat(renamed.isAccepted()).isTrue();
        assertThat(people.update(stale)).isEqualTo(Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE));
        assertThat(people.byId(person.id()).orElseThrow()).usingRecursiveComparison()
                .isEqualTo(((Outcome.Accepted<Person>) renamed).value());
    }

    @Test
    void aCreditedPersonIsNotDeletedAnUncreditedOneIsAndAMissingOneIsNotFound() {
        Person credited = people.add(TestCatalog.person("Lino Ventura"));
        Person uncredited = people.add(TestCatalog.person("Nobody Yet"));
        titles.add(TestCatalog.title(TitleKind.MOVIE, TestCatalog.details("L'Armée des ombres", Optional.empty(),
                1969, OptionalInt.of(145), Set.of(), List.of(new Credit(credited.id(), CreditRole.ACTOR,
                        Optional.of("Philippe Gerbier"), 1))), TitleStatus.PUBLISHED));

        assertThat(people.delete(credited.id())).isEqualTo(Outcome.rejected(CatalogRejection.STILL_REFERENCED));
        assertThat(people.byId(credited.id())).isPresent();
        assertThat(people.delete(uncredited.id())).isEqualTo(Outcome.accepted(uncredited.id()));
        assertThat(people.delete(uncredited.id())).isEqualTo(Outcome.rejected(CatalogRejection.PERSON_NOT_FOUND));
    }

    private static PeopleCursor cursor(List<Person> page) {
        Person last = page.get(page.size() - 1);
        return new PeopleCursor(last.name(), last.id());
    }

    private static List<String> names(List<Person> found) {
        return found.stream().map(Person::name).toList();
    }
}
