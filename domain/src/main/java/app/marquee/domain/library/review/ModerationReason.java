package app.marquee.domain.library.review;

/** Why a moderator hid or restored a review, for the record: trimmed, 1 to 500 characters, no control characters. */
public record ModerationReason(String text) {
    public static final int MAX_LENGTH = 500;

    public ModerationReason {
        if (text == null) {
            throw new IllegalArgumentException("a reason has text");
        }
        text = text.strip();
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > MAX_LENGTH || text.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a moderation reason is 1 to 500 characters");
        }
    }
}
