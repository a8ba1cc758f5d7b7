package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.shared.Rejection;
import io.micronaut.core.annotation.Nullable;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title's ETag is its version in quotes ({@code "7"}). {@code If-None-Match} compares weakly
 * and a malformed one is ignored; {@code If-Match} compares strongly (RFC 9110) and a malformed
 * one is a 400 naming the header. Reviews and playlists use the same tags.
 */
public final class ETags {
    public static final String IF_MATCH = "If-Match";
    public static final String IF_NONE_MATCH = "If-None-Match";
    private static final Pattern TAG = Pattern.compile("\\G\\s*(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"\\s*(,|\\z)");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Whether a GET may answer 304: the header names this version (weakly) or is "*". */
    public static boolean noneMatchHits(@Nullable String header, long version) {
        return noneMatchHits(header, String.valueOf(version));
    }

    /** The same for any opaque tag, such as a picture's digest. */
    public static boolean noneMatchHits(@Nullable String header, String opaque) {
        if (header == null || header.isBlank()) {
            return false;
        }
        if (header.strip().equals("*")) {
            return true;
        }
        return parse(header).map(tags -> tags.stream().anyMatch(tag -> tag.opaque().equals(opaque))).orElse(false);
    }

    public static String quoted(String opaque) {
        return "\"" + opaque + "\"";
    }

    /**
     * The version a write expects, from If-Match and the version just read. Absent or "*":
     * {@code whenAbsent}. One strong tag: its version, for the use case to check atomically.
     * Several: the version read if one of them names it, else VERSION_MISMATCH.
     */
    public static Optional<Long> expectedVersion(@Nullable String ifMatch, long versionRead, Optional<Long> whenAbsent) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return whenAbsent;
        }
        List<Tag> tags = parse(ifMatch).orElseThrow(() -> Fields.invalid(IF_MATCH));
        List<Long> versions = tags.stream().filter(tag -> !tag.weak()).map(Tag::version)
                .flatMap(Optional::stream).toList();
        if (tags.size() == 1 && versions.size() == 1) {
            return Optional.of(versions.get(0));
        }
        if (versions.contains(versionRead)) {
            return Optional.of(versionRead);
        }
        throw new RejectedException(Rejection.of(CatalogRejection.VERSION_MISMATCH));
    }

    /**
     * The version a write to a season or episode expects: none for an absent If-Match or "*",
     * else the version of its single strong tag. Nested resources take one tag only (400 otherwise):
     * the controller has not read the season, so it cannot tell which of several tags is current.
     */
    public static Optional<Long> expectedVersion(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        List<Tag> tags = parse(ifMatch).orElseThrow(() -> Fields.invalid(IF_MATCH));
        if (tags.size() != 1 || tags.get(0).weak()) {
            throw Fields.invalid(IF_MATCH);
        }
        return Optional.of(tags.get(0).version()
                .orElseThrow(() -> new RejectedException(Rejection.of(CatalogRejection.VERSION_MISMATCH))));
    }

    private static Optional<List<Tag>> parse(String header) {
        Matcher matcher = TAG.matcher(header);
        List<Tag> tags = new ArrayList<>();
        int end = 0;
        while (end < header.length() && matcher.find()) {
            tags.add(new Tag(matcher.group(1) != null, matcher.group(2)));
            end = matcher.end();
        }
        return tags.isEmpty() || end != header.length() ? Optional.empty() : Optional.of(tags);
    }

    /**
     * The ETag of a title as GET shows it: its version, then a digest of the representation
     * ({@code "7.9f86d081884c7d65"}). Ratings, seasons and genre names change what a title looks
     * like without moving its version, so a 304 must depend on the bytes; a write's If-Match
     * still reads only the version before the dot, since only editors move that.
     */
    public static String ofRepresentation(long version, byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return quoted(version + "." + HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    private record Tag(boolean weak, String opaque) {
        Optional<Long> version() {
            return opaque.matches("[0-9]{1,18}(\\.[0-9a-f]{1,64})?")
                    ? Optional.of(Long.parseLong(opaque.split("\\.", 2)[0])) : Optional.empty();
        }
    }
}
