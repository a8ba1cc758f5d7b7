package app.marquee.adapter.persistence.catalog;

import app.marquee.application.catalog.port.out.PeoplePort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * People in PostgreSQL. A person credited on a title stays ({@code STILL_REFERENCED}), which the
 * database decides in the same statement as the delete. Finding people by name compares folded
 * text (no case, no accents) through the trigram index, and pages by folded name and id.
 */
@Singleton
public class PersonPersistenceAdapter implements PeoplePort {
    private final PersonRepository people;

    PersonPersistenceAdapter(PersonRepository people) {
        this.people = people;
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return people.findById(id.value()).map(PersonPersistenceAdapter::toDomain);
    }

    @Override
    public List<Person> byIdsForReference(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.findByIdInForKeyShare(ids.stream().map(id -> id.value().toString()).toArray(String[]::new))
                .stream().map(PersonPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Person> byIds(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.findByIdIn(ids.stream().map(PersonId::value).toList()).stream()
                .map(PersonPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Person> find(String nameQuery, Optional<PeopleCursor> after, int max) {
        String[] patterns = Arrays.stream(nameQuery.strip().split("\\s+")).filter(word -> !word.isEmpty())
                .map(PersonPersistenceAdapter::containing).toArray(String[]::new);
        String longest = Arrays.stream(patterns).max(Comparator.comparingInt(String::length)).orElse(null);
        return people.find(longest, patterns, after.map(PeopleCursor::name).orElse(null),
                        after.map(cursor -> cursor.id().value()).orElse(null), max)
                .stream().map(PersonPersistenceAdapter::toDomain).toList();
    }

    @Override
    public Person add(Person person) {
        people.insert(person.id().value(), person.name(), person.version());
        return person;
    }

    @Override
    public Outcome<Person> update(Person person) {
        if (people.updateAtVersion(person.id().value(), person.version(), person.name()) == 0) {
            return Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE);
        }
        return Outcome.accepted(Person.rehydrate(person.id(), person.name(), person.version() + 1));
    }

    @Override
    @Transactional
    public Outcome<PersonId> delete(PersonId id) {
        people.findByIdForUpdate(id.value());
        return switch (people.deleteUnlessUsed(id.value())) {
            case "DELETED" -> Outcome.accepted(id);
            case "REFERENCED" -> Outcome.rejected(CatalogRejection.STILL_REFERENCED);
            default -> Outcome.rejected(CatalogRejection.PERSON_NOT_FOUND);
        };
    }

    /**
     * A LIKE pattern for a word anywhere in a name, its own wildcards taken literally; the query
     * folds it as it folds names.
     */
    static String containing(String word) {
        String literal = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    private static Person toDomain(PersonRow row) {
        return Person.rehydrate(new PersonId(row.id()), row.name(), row.version());
    }
}
