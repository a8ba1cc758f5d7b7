package app.marquee.adapter.persistence.library;

import app.marquee.adapter.persistence.catalog.TitlePersistenceAdapter;
import app.marquee.adapter.persistence.identity.AccountPersistenceAdapter;
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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/** Viewers and published titles for playlist tests, each new, so tests share one database in any order. */
final class PlaylistData {
    private static final PasswordHash HASH =
            new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    private final AccountPersistenceAdapter accounts;
    private final TitlePersistenceAdapter titles;

    PlaylistData(AccountPersistenceAdapter accounts, TitlePersistenceAdapter titles) {
        this.accounts = accounts;
        this.titles = titles;
    }

    /** Now, to the microsecond PostgreSQL keeps. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    AccountId viewer() {
        Account account = Account.register(new EmailAddress("p" + UUID.randomUUID().toString().substring(0, 12)
                + "@example.org"), HASH, new DisplayName("Viewer"), Language.EN, Role.USER, now());
        accounts.add(account).orElseThrow(rejection -> new IllegalStateException(rejection.toString()));
        return account.id();
    }

    TitleId title(TitleStatus status) {
        TitleDetails details = new TitleDetails("Film " + UUID.randomUUID(), Optional.empty(), "", 2001,
                OptionalInt.of(100), Set.of(), Optional.empty(), List.of(), Set.of(new LanguageCode("en")), Set.of(),
                Optional.empty());
        Instant at = now();
        return titles.add(Title.rehydrate(TitleId.newId(), TitleKind.MOVIE, details, status, Map.of(), at, at, 0))
                .id();
    }

    TitleId published() {
        return title(TitleStatus.PUBLISHED);
    }

    List<TitleId> published(int count) {
        return IntStream.range(0, count).mapToObj(i -> published()).toList();
    }
}
