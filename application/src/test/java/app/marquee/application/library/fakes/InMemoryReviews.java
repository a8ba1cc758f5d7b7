package app.marquee.application.library.fakes;

import app.marquee.application.library.port.out.PagePosition;
import app.marquee.application.library.port.out.ReviewsPort;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewId;
import app.marquee.domain.shared.Outcome;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reviews kept like the table keeps them: every read is a fresh copy, one review per viewer and
 * title (REVIEW_ALREADY_EXISTS), and a change applies only at the version it was read at
 * (CONCURRENT_UPDATE otherwise). {@link #beforeNextWrite} lets a test slip a rival write in.
 */
public final class InMemoryReviews implements ReviewsPort {
    private static final Comparator<Review> NEWEST_FIRST = Comparator.comparing(Review::createdAt)
            .thenComparing(review -> review.id().value()).reversed();
    private final Map<ReviewId, Review> rows = new LinkedHashMap<>();
    private final Map<AccountId, DisplayName> names = new HashMap<>();
    private Runnable beforeNextWrite = () -> { };

    public void name(AccountId account, String displayName) {
        names.put(account, new DisplayName(displayName));
    }

    public void beforeNextWrite(Runnable rival) {
        beforeNextWrite = rival;
    }

    @Override
    public Outcome<Review> add(Review review) {
        rival();
        if (rows.values().stream().anyMatch(r -> r.author().equals(review.author()) && r.title().equals(review.title()))) {
            return Outcome.rejected(LibraryRejection.REVIEW_ALREADY_EXISTS);
        }
        rows.put(review.id(), copy(review, review.version()));
        return Outcome.accepted(copy(review, review.version()));
    }

    @Override
    public Optional<Review> byId(ReviewId id) {
        return Optional.ofNullable(rows.get(id)).map(review -> copy(review, review.version()));
    }

    @Override
    public Optional<Review> byAuthorAndTitle(AccountId author, TitleId title) {
        return rows.values().stream().filter(r -> r.author().equals(author) && r.title().equals(title)).findFirst()
                .map(review -> copy(review, review.version()));
    }

    @Override
    public Outcome<Review> update(Review review) {
        rival();
        Review stored = rows.get(review.id());
        if (stored == null || stored.version() != review.version()) {
            return Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE);
        }
        rows.put(review.id(), copy(review, review.version() + 1));
        return Outcome.accepted(copy(review, review.version() + 1));
    }

    @Override
    public Outcome<ReviewId> delete(ReviewId id, long version) {
        rival();
        Review stored = rows.get(id);
        if (stored == null || stored.version() != version) {
            return Outcome.rejected(LibraryRejection.CONCURRENT_UPDATE);
        }
        rows.remove(id);
        return Outcome.accepted(id);
    }

    @Override
    public List<Authored> ofTitle(TitleId title, boolean withHidden, Optional<PagePosition> after, int max) {
        return page(r -> r.title().equals(title) && (withHidden || !r.isHidden()), after, max).stream()
                .map(review -> new Authored(review, names.getOrDefault(review.author(), new DisplayName("Someone"))))
                .toList();
    }

    @Override
    public List<Review> byAuthor(AccountId author, Optional<PagePosition> after, int max) {
        return page(r -> r.author().equals(author), after, max);
    }

    private List<Review> page(Predicate<Review> which, Optional<PagePosition> after, int max) {
        return rows.values().stream().filter(which)
                .filter(r -> after.map(at -> r.createdAt().isBefore(at.at()) || r.createdAt().equals(at.at())
                        && r.id().value().compareTo(at.id()) < 0).orElse(true))
                .sorted(NEWEST_FIRST).limit(max).map(review -> copy(review, review.version())).toList();
    }

    private void rival() {
        Runnable now = beforeNextWrite;
        beforeNextWrite = () -> { };
        now.run();
    }

    private static Review copy(Review review, long version) {
        return Review.rehydrate(review.id(), review.title(), review.author(), review.rating(), review.comment(),
                review.createdAt(), review.updatedAt(), review.moderation(), version);
    }

    public int size() {
        return rows.size();
    }

    /** Every review of the author, hidden ones too, newest first (the export). */
    public List<Review> ofAccount(AccountId author) {
        return page(r -> r.author().equals(author), Optional.empty(), Integer.MAX_VALUE);
    }

    /** Removes every review of the author (the erasure). */
    public void forget(AccountId author) {
        rows.values().removeIf(r -> r.author().equals(author));
    }
}
