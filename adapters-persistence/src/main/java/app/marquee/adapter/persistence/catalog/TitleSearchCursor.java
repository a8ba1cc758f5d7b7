package app.marquee.adapter.persistence.catalog;

import app.marquee.application.catalog.search.TitleSearch;
import app.marquee.application.catalog.search.TitleSort;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of search results ended, as the opaque text handed to the client: the sort, a
 * digest of the search's words and filters, and the last title's sort key and id, in URL-safe
 * Base64. A cursor is only read back for the same search in the same sort: any other text is
 * refused rather than guessed at, since it would start the next page anywhere.
 */
final class TitleSearchCursor {
    private static final String VERSION = "1";
    private static final String SEPARATOR = "\n";

    private TitleSearchCursor() {
    }

    /** A position in a sort: a numeric key (score, year, popularity) or a name, and the id that breaks ties. */
    record Position(Long number, String name, UUID id) {
    }

    static String write(TitleSearch search, Position last) {
        String key = search.sort() == TitleSort.TITLE ? last.name() : Long.toString(last.number());
        String plain = String.join(SEPARATOR, VERSION, search.sort().name(), digest(search), last.id().toString(), key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when {@code text} is not a cursor {@link #write} made for this search and sort. */
    static Optional<Position> read(String text, TitleSearch search) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split(SEPARATOR, 5);
            if (parts.length != 5 || !parts[0].equals(VERSION) || !parts[1].equals(search.sort().name())
                    || !parts[2].equals(digest(search))) {
                return Optional.empty();
            }
            UUID id = UUID.fromString(parts[3]);
            if (!id.toString().equals(parts[3])) {
                return Optional.empty();
            }
            return search.sort() == TitleSort.TITLE
                    ? Optional.of(new Position(null, parts[4], id))
                    : Optional.of(new Position(Long.parseLong(parts[4]), null, id));
        } catch (IllegalArgumentException notACursor) {
            return Optional.empty();
        }
    }

    /** The words and filters of the search (not its page size), so a cursor cannot move to another search. */
    private static String digest(TitleSearch search) {
        List<Object> what = List.of(search.text(), search.genreSlug(), search.year(), search.yearFrom(),
                search.yearTo(), search.kind(), search.language(), search.includeUnpublished());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(what.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
