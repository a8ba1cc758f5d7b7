package app.marquee.adapter.rest.web.sales;

/** What the sales controllers share: who may call them, the merge-patch media type, the text rule. */
final class VenueHttp {
    static final String OPERATOR = "OPERATOR";
    static final String ADMIN = "ADMIN";
    static final String MERGE_PATCH = "application/merge-patch+json";
    /** No ISO control character (U+0000-U+001F, U+007F-U+009F): the domain refuses them in names. */
    static final String NO_CONTROL = "[^\\x00-\\x1F\\x7F-\\x9F]*";

    private VenueHttp() {
    }
}
