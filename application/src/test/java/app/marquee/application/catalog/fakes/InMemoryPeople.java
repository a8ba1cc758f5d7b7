package app.marquee.application.catalog.fakes;

import app.marquee.application.catalog.port.out.PeoplePort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.shared.Outcome;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * People as a table with a foreign key from credits: someone a stored title credits cannot be
 * deleted (STILL_REFERENCED). {@link #find} matches every typed word ignoring case and accents and
 * pages by (name, id), as the real query does with its index.
 */
public final class InMemoryPeople implements PeoplePort {
    private static final Comparator<Person> BY_NAME_THEN_ID =
            Comparator.comparing(Person::name).thenComparing(p -> p.id().value().toString());

    private final Map<PersonId, Person> rows = new LinkedHashMap<>();
    private final InMemoryTitles titles;
    private final List<Integer> findMaxima = new ArrayList<>();

    public InMemoryPeople(InMemoryTitles titles) {
        this.titles = titles;
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryPeople::copy);
    }

    @Override
    public List<Person> byIdsForReference(Collection<PersonId> ids) {
        return byIds(ids);
    }

    @Override
    public List<Person> byIds(Collection<PersonId> ids) {
        return ids.stream().distinct().map(rows::get).filter(Objects::nonNull).map(InMemoryPeople::copy).toList();
    }

    @Override
    public List<Person> find(String nameQuery, Optional<PeopleCursor> after, int max) {
        findMaxima.add(max);
        List<String> words = Arrays.stream(folded(nameQuery).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return rows.values().stream()
                .filter(p -> words.stream().allMatch(folded(p.name())::contains))
                .filter(p -> after.map(cursor -> BY_NAME_THEN_ID.compare(p,
                        Person.rehydrate(cursor.id(), cursor.name(), 0)) > 0).orElse(true))
                .sorted(BY_NAME_THEN_ID)
                .limit(max)
                .map(InMemoryPeople::copy)
                .toList();
    }

    @Override
    public Person add(Person person) {
        if (rows.containsKey(person.id())) {
            throw new IllegalStateException("person " + person.id() + " was already added");
        }
        Person stored = copy(person, 0);
        rows.put(stored.id(), stored);
        return copy(stored);
    }

    @Override
    public Outcome<Person> update(Person person) {
        Person current = rows.get(person.id());
        if (current == null) {
            throw new IllegalStateException("person " + person.id() + " was never added");
        }
        if (current.version() != person.version()) {
            return Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE);
        }
        Person stored = copy(person, person.version() + 1);
        rows.put(stored.id(), stored);
        return Outcome.accepted(copy(stored));
    }

    @Override
    public Outcome<PersonId> delete(PersonId id) {
        if (!rows.containsKey(id)) {
            return Outcome.rejected(CatalogRejection.PERSON_NOT_FOUND);
        }
        if (titles.credits(id)) {
            return Outcome.rejected(CatalogRejection.STILL_REFERENCED);
        }
        rows.remove(id);
        return Outcome.accepted(id);
    }

    public Person seed(Person person) {
        return add(person);
    }

    public Person stored(PersonId id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("no person " + id));
    }

    public int count() {
        return rows.size();
    }

    /** The {@code max} of every find asked so far, oldest first. */
    public List<Integer> findMaxima() {
        return List.copyOf(findMaxima);
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Person copy(Person p) {
        return copy(p, p.version());
    }

    private static Person copy(Person p, long version) {
        return Person.rehydrate(p.id(), p.name(), version);
    }
}
