package app.marquee.application.catalog.fakes;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SaveTitlePort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Titles kept like a database keeps them: every read is a fresh copy, so a change counts only
 * once saved, and an update applies only to the version it was read at (CONCURRENT_UPDATE
 * otherwise). Deleting a title deletes its seasons, as the foreign key's cascade would.
 */
public final class InMemoryTitles implements LoadTitlePort, SaveTitlePort {
    private final Map<TitleId, Title> rows = new LinkedHashMap<>();
    private final InMemorySeasons seasons;
    private Runnable beforeNextUpdate = () -> { };
    private int writes;

    public InMemoryTitles(InMemorySeasons seasons) {
        this.seasons = seasons;
    }

    @Override
    public Optional<Title> byId(TitleId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryTitles::copy);
    }

    @Override
    public List<Title> byIds(Collection<TitleId> ids) {
        return ids.stream().map(rows::get).filter(Objects::nonNull).map(InMemoryTitles::copy).toList();
    }

    /** One caller at a time here: there is nothing to lock. */
    @Override
    public Optional<Title> byIdForReference(TitleId id) {
        return byId(id);
    }

    @Override
    public Optional<Title> byIdForRemoval(TitleId id) {
        return byId(id);
    }

    @Override
    public Title add(Title title) {
        if (rows.containsKey(title.id())) {
            throw new IllegalStateException("title " + title.id() + " was already added");
        }
        writes++;
        return store(title, 0);
    }

    @Override
    public Outcome<Title> update(Title title) {
        Runnable interleaved = beforeNextUpdate;
        beforeNextUpdate = () -> { };
        interleaved.run();
        Title current = rows.get(title.id());
        if (current == null) {
            throw new IllegalStateException("title " + title.id() + " was never added");
        }
        if (current.version() != title.version()) {
            return Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE);
        }
        writes++;
        return Outcome.accepted(store(title, title.version() + 1));
    }

    @Override
    public void delete(TitleId id) {
        writes++;
        rows.remove(id);
        seasons.deleteOfSeries(id);
    }

    /** Runs {@code concurrentWork} (another admin's edit) just before the next update is applied. */
    public void beforeNextUpdate(Runnable concurrentWork) {
        this.beforeNextUpdate = concurrentWork;
    }

    /** Stores a title as it is, for a test's starting state; returns the stored copy. */
    public Title seed(Title title) {
        if (rows.containsKey(title.id())) {
            throw new IllegalStateException("title " + title.id() + " was already added");
        }
        return store(title, title.version());
    }

    public Title stored(TitleId id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("no title " + id));
    }

    public boolean contains(TitleId id) {
        return rows.containsKey(id);
    }

    /** How many adds, updates and deletes the services made (seeding does not count). */
    public int writes() {
        return writes;
    }

    boolean usesGenre(GenreId id) {
        return rows.values().stream().anyMatch(t -> t.details().genres().contains(id));
    }

    boolean credits(PersonId id) {
        return rows.values().stream()
                .anyMatch(t -> t.details().credits().stream().anyMatch(c -> c.personId().equals(id)));
    }

    private Title store(Title title, long version) {
        Title stored = copy(title, version);
        rows.put(stored.id(), stored);
        return copy(stored);
    }

    private static Title copy(Title t) {
        return copy(t, t.version());
    }

    private static Title copy(Title t, long version) {
        return Title.rehydrate(t.id(), t.kind(), t.details(), t.status(), t.images(), t.createdAt(), t.updatedAt(),
                version);
    }
}
