package app.marquee.domain.library.review;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A viewer's review of a title: 1 to 5 stars and perhaps a comment. A viewer reviews a title at
 * most once, then edits or deletes that review; to anyone but its author a review is none of
 * their business, so their attempts are told it does not exist (REVIEW_NOT_FOUND). Operators and
 * admins may hide a review: a hidden review leaves the title's public reviews and its average,
 * and its author editing it does not bring it back. Every change moves the version on.
 */
public final class Review {
    private final ReviewId id;
    private final TitleId title;
    private final AccountId author;
    private Rating rating;
    private Optional<ReviewComment> comment;
    private final Instant createdAt;
    private Instant updatedAt;
    private Optional<Moderation> moderation;
    private final long version;

    private Review(ReviewId id, TitleId title, AccountId author, Rating rating, Optional<ReviewComment> comment,
                   Instant createdAt, Instant updatedAt, Optional<Moderation> moderation, long version) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.author = Objects.requireNonNull(author);
        this.rating = Objects.requireNonNull(rating);
        this.comment = Objects.requireNonNull(comment);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.moderation = Objects.requireNonNull(moderation);
        this.version = version;
    }

    /** A new review, shown to everyone until a moderator hides it. */
    public static Review write(TitleId title, AccountId author, Rating rating, Optional<ReviewComment> comment,
                               Instant now) {
        return new Review(ReviewId.newId(), title, author, rating, comment, now, now, Optional.empty(), 0);
    }

    /** For the persistence adapter only. */
    public static Review rehydrate(ReviewId id, TitleId title, AccountId author, Rating rating,
                                   Optional<ReviewComment> comment, Instant createdAt, Instant updatedAt,
                                   Optional<Moderation> moderation, long version) {
        return new Review(id, title, author, rating, comment, createdAt, updatedAt, moderation, version);
    }

    /** The author rewrites stars and comment; anyone else is told there is no such review. */
    public Outcome<Review> revise(AccountId editor, Rating newRating, Optional<ReviewComment> newComment,
                                  Instant now) {
        return ownedBy(editor).map(mine -> {
            rating = Objects.requireNonNull(newRating);
            comment = Objects.requireNonNull(newComment);
            updatedAt = now;
            return this;
        });
    }

    /** Accepted when {@code who} wrote this review, REVIEW_NOT_FOUND otherwise (nothing is revealed). */
    public Outcome<Review> ownedBy(AccountId who) {
        return author.equals(who) ? Outcome.accepted(this) : Outcome.rejected(LibraryRejection.REVIEW_NOT_FOUND);
    }

    /** An operator or admin hides the review, or shows it again; anyone else is refused (MODERATION_FORBIDDEN). */
    public Outcome<Review> moderate(AccountId moderator, Role role, boolean hide, Optional<ModerationReason> reason,
                                    Instant now) {
        if (!ReviewModeration.mayModerate(role)) {
            return Outcome.rejected(LibraryRejection.MODERATION_FORBIDDEN);
        }
        moderation = Optional.of(new Moderation(hide, moderator, now, reason));
        return Outcome.accepted(this);
    }

    public boolean isHidden() {
        return moderation.map(Moderation::hidden).orElse(false);
    }

    /** Whether a title's review list shows it: to moderators always, to everyone else unless hidden. */
    public boolean isListedFor(boolean moderator) {
        return moderator || !isHidden();
    }

    public ReviewId id() {
        return id;
    }

    public TitleId title() {
        return title;
    }

    public AccountId author() {
        return author;
    }

    public Rating rating() {
        return rating;
    }

    public Optional<ReviewComment> comment() {
        return comment;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Moderation> moderation() {
        return moderation;
    }

    public long version() {
        return version;
    }
}
