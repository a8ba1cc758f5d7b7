package app.marquee.adapter.persistence.catalog;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Between a {@link Title} and its row, its genre rows and its credit rows. */
final class TitleMapper {
    private TitleMapper() {
    }

    static TitleRow toRow(Title title) {
        TitleDetails d = title.details();
        Optional<ImageRef> poster = title.image(ImageSlot.POSTER);
        Optional<ImageRef> backdrop = title.image(ImageSlot.BACKDROP);
        return new TitleRow(
                title.id().value(), title.kind().name(), title.status().name(), d.name(),
                d.originalName().orElse(null), d.synopsis(), d.releaseYear(),
                d.runtimeMinutes().isPresent() ? d.runtimeMinutes().getAsInt() : null,
                d.ageRating().orElse(null), d.trailerUrl().map(URI::toString).orElse(null),
                languages(d.audioLanguages()), languages(d.subtitleLanguages()),
                poster.map(ImageRef::blobKey).orElse(null), poster.map(ImageRef::mediaType).orElse(null),
                poster.map(ImageRef::width).orElse(null), poster.map(ImageRef::height).orElse(null),
                poster.map(ImageRef::bytes).orElse(null), poster.map(ImageRef::sha256).orElse(null),
                backdrop.map(ImageRef::blobKey).orElse(null), backdrop.map(ImageRef::mediaType).orElse(null),
                backdrop.map(ImageRef::width).orElse(null), backdrop.map(ImageRef::height).orElse(null),
                backdrop.map(ImageRef::bytes).orElse(null), backdrop.map(ImageRef::sha256).orElse(null),
                title.createdAt(), title.updatedAt(), title.version());
    }

    static Title toDomain(TitleRow row, Collection<TitleGenreRow> genres, List<CreditRow> credits) {
        TitleDetails details = new TitleDetails(
                row.name(), Optional.ofNullable(row.originalName()), row.synopsis(), row.releaseYear(),
                row.runtimeMinutes() == null ? OptionalInt.empty() : OptionalInt.of(row.runtimeMinutes()),
                genres.stream().map(g -> new GenreId(g.genreId())).collect(Collectors.toSet()),
                Optional.ofNullable(row.ageRating()),
                credits.stream().map(TitleMapper::credit).toList(),
                languages(row.audioLanguages()), languages(row.subtitleLanguages()),
                Optional.ofNullable(row.trailerUrl()).map(URI::create));
        return Title.rehydrate(new TitleId(row.id()), TitleKind.valueOf(row.kind()), details,
                TitleStatus.valueOf(row.status()), images(row), row.createdAt(), row.updatedAt(), row.version());
    }

    /** The title as it is now stored: the same state, one version on. */
    static Title nextVersion(Title written) {
        return Title.rehydrate(written.id(), written.kind(), written.details(), written.status(), written.images(),
                written.createdAt(), written.updatedAt(), written.version() + 1);
    }

    /** The picture held by six image columns, if they are set. */
    static Optional<ImageRef> image(String blobKey, String mediaType, Integer width, Integer height, Long bytes,
                                     String sha256) {
        if (blobKey == null) {
            return Optional.empty();
        }
        return Optional.of(new ImageRef(blobKey, mediaType, width, height, bytes, sha256));
    }

    static String[] genreIds(TitleDetails details) {
        return details.genres().stream().map(id -> id.value().toString()).sorted().toArray(String[]::new);
    }

    static String[] ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static Map<ImageSlot, ImageRef> images(TitleRow row) {
        Map<ImageSlot, ImageRef> images = new EnumMap<>(ImageSlot.class);
        image(row.posterBlobKey(), row.posterMediaType(), row.posterWidth(), row.posterHeight(),
                row.posterBytes(), row.posterSha256()).ifPresent(image -> images.put(ImageSlot.POSTER, image));
        image(row.backdropBlobKey(), row.backdropMediaType(), row.backdropWidth(), row.backdropHeight(),
                row.backdropBytes(), row.backdropSha256()).ifPresent(image -> images.put(ImageSlot.BACKDROP, image));
        return images;
    }

    private static Credit credit(CreditRow row) {
        return new Credit(new PersonId(row.personId()), CreditRole.valueOf(row.role()),
                Optional.ofNullable(row.character()), row.billing());
    }

    private static String[] languages(Set<LanguageCode> languages) {
        return languages.stream().map(LanguageCode::value).sorted().toArray(String[]::new);
    }

    private static Set<LanguageCode> languages(String[] codes) {
        return Arrays.stream(codes).map(LanguageCode::new).collect(Collectors.toSet());
    }
}
