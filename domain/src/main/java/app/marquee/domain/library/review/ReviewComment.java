package app.marquee.domain.library.review;

import app.marquee.domain.catalog.shared.Prose;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

/**
 * What a reviewer writes beside the stars: trimmed, 1 to 2,000 characters (counted as Unicode
 * code points, as PostgreSQL counts them), line breaks allowed, other control characters not.
 * A review without words has no comment at all rather than a blank one.
 */
public record ReviewComment(String text) {
    public static final int MAX_LENGTH = 2000;

    public ReviewComment {
        if (text == null) {
            throw new IllegalArgumentException("a comment has text");
        }
        text = text.strip();
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > MAX_LENGTH || !Prose.isClean(text)) {
            throw new IllegalArgumentException("a comment is 1 to 2000 characters of text");
        }
    }

    /**
     * What a reviewer sent, judged: COMMENT_BLANK or COMMENT_TOO_LONG on {@code comment}. Control
     * characters are a malformed input, not a choice a reviewer makes, and stay an
     * IllegalArgumentException for the edge to report.
     */
    public static Outcome<ReviewComment> of(String text) {
        if (text == null || text.isBlank()) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.COMMENT_BLANK, "comment"));
        }
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.COMMENT_TOO_LONG, "comment"));
        }
        return Outcome.accepted(new ReviewComment(trimmed));
    }
}
