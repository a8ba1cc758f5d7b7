package app.marquee.domain.sales.event;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/** A named run of events by one organiser ("Northern Lights Tour 2027"); events point at it by id. */
public final class Tour {
    public static final int MAX_NAME_LENGTH = 200;
    private final TourId id;
    private String name;
    private final AccountId owner;
    private final long version;

    private Tour(TourId id, String name, AccountId owner, long version) {
        this.id = Objects.requireNonNull(id);
        this.name = checked(name);
        this.owner = Objects.requireNonNull(owner);
        this.version = version;
    }

    public static Tour start(String name, AccountId owner) {
        return new Tour(TourId.newId(), name, owner, 0);
    }

    /** For the persistence adapter only. */
    public static Tour rehydrate(TourId id, String name, AccountId owner, long version) {
        return new Tour(id, name, owner, version);
    }

    /** Only its owner or an ADMIN may rename it; anyone else is told TOUR_NOT_FOUND. */
    public Outcome<Tour> rename(String newName, Editor editor) {
        if (!editor.mayEdit(owner)) {
            return Outcome.rejected(SalesRejection.TOUR_NOT_FOUND);
        }
        name = checked(newName);
        return Outcome.accepted(this);
    }

    private static String checked(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a tour name is 1 to 200 characters on one line");
        }
        return name.strip();
    }

    public TourId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public AccountId owner() {
        return owner;
    }

    public long version() {
        return version;
    }
}
