package app.marquee.adapter.rest.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

/** What the catalog's controllers share: media types, the text rules, who is an admin. */
final class CatalogHttp {
    static final String MERGE_PATCH = "application/merge-patch+json";
    /** No ISO control character (U+0000-U+001F, U+007F-U+009F): the domain refuses them in names. */
    static final String NO_CONTROL = "[^\\x00-\\x1F\\x7F-\\x9F]*";
    /** Free text may hold line breaks but never NUL, which PostgreSQL cannot store. */
    static final String NO_NUL = "[^\\x00]*";
    static final String ADMIN = "ADMIN";

    private CatalogHttp() {
    }

    /** Admins see drafts and archived titles by id; everyone else, signed in or not, only published ones. */
    static boolean isAdmin(@Nullable Authentication caller) {
        return caller != null && caller.getRoles().contains(ADMIN);
    }
}
