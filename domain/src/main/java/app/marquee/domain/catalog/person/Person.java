package app.marquee.domain.catalog.person;

import java.util.Objects;

/** Someone credited on titles: a director, a writer, an actor. */
public final class Person {
    public static final int MAX_NAME_LENGTH = 200;

    private final PersonId id;
    private String name;
    private final long version;

    private Person(PersonId id, String name, long version) {
        this.id = Objects.requireNonNull(id);
        this.name = checked(name);
        this.version = version;
    }

    public static Person create(String name) {
        return new Person(PersonId.newId(), name, 0);
    }

    /** For the persistence adapter only. */
    public static Person rehydrate(PersonId id, String name, long version) {
        return new Person(id, name, version);
    }

    public void rename(String newName) {
        this.name = checked(newName);
    }

    /** The name as a person is stored under: stripped, 1 to 200 characters, no control characters. */
    public static String checked(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a person's name is 1 to 200 characters");
        }
        return name.strip();
    }

    public PersonId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }
}
