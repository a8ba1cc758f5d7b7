package app.marquee.adapter.persistence.library;

import app.marquee.adapter.persistence.catalog.SeasonPersistenceAdapter;
import app.marquee.adapter.persistence.catalog.TitlePersistenceAdapter;
import app.marquee.adapter.persistence.identity.AccountPersistenceAdapter;
import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.PasswordHash;
import app.marquee.domain.identity.account.Role;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/** Viewers, films (100 minutes) and series (45-minute episodes) stored for the library's adapter tests. */
@Singleton
class TestLibrary {
    static final int FILM_SECONDS = 6_000;
    static final int EPISODE_SECONDS = 2_700;
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    private final AccountPersistenceAdapter accounts;
    private final TitlePersistenceAdapter titles;
    private final SeasonPersistenceAdapter seasons;

    TestLibrary(AccountPersistenceAdapter accounts, TitlePersistenceAdapter titles, SeasonPersistenceAdapter seasons) {
        this.accounts = accounts;
        this.titles = titles;
        this.seasons = seasons;
    }

    /** Now, to the microsecond PostgreSQL keeps. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    AccountId viewer() {
        EmailAddress email = new EmailAddress("v" + UUID.randomUUID().toString().substring(0, 12) + "@example.org");
        Account account = Account.register(email, HASH, new DisplayName("Viewer"), Language.EN, Role.USER, now());
        return accounts.add(account).orElseThrow(r -> new IllegalStateException(r.toString())).id();
    }

    TitleId film() {
        return title(TitleKind.MOVIE, OptionalInt.of(100)).id();
    }

    /** A series of {@code seasons} seasons (1, 2, ...) of {@code perSeason} episodes. */
    Title series(int seasonCount, int perSeason) {
        Title series = title(TitleKind.SERIES, OptionalInt.empty());
        IntStream.rangeClosed(1, seasonCount).forEach(number -> seasons.add(Season.rehydrate(SeasonId.newId(),
                series.id(), number, Optional.empty(), IntStream.rangeClosed(1, perSeason)
                        .mapToObj(n -> new Episode(EpisodeId.newId(), n, "S" + number + "E" + n, "", 45)).toList(),
                0)));
        return series;
    }

    EpisodeId episode(Title series, int season, int number) {
        return seasons.byNumber(series.id(), season).orElseThrow().episode(number).orElseThrow().id();
    }

    Season season(Title series, int number) {
        return seasons.byNumber(series.id(), number).orElseThrow();
    }

    private Title title(TitleKind kind, OptionalInt runtime) {
        Instant at = now();
        TitleDetails details = new TitleDetails("Watched " + kind, Optional.empty(), "", 2001, runtime, Set.of(),
                Optional.empty(), List.of(), Set.of(new LanguageCode("en")), Set.of(), Optional.empty());
        return titles.add(Title.rehydrate(TitleId.newId(), kind, details, TitleStatus.PUBLISHED, Map.of(), at, at, 0));
    }
}
