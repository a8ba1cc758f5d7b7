package app.marquee.domain.catalog.shared;

/**
 * Rules for free text such as a synopsis: line breaks and tabs are fine, other control
 * characters (NUL above all, which PostgreSQL cannot store) are not.
 */
public final class Prose {
    private Prose() {
    }

    public static boolean isClean(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
