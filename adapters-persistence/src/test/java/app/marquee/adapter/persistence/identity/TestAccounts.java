package app.marquee.adapter.persistence.identity;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.PasswordHash;
import app.marquee.domain.identity.account.PhoneNumber;
import app.marquee.domain.identity.account.Role;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Accounts for tests, each with an e-mail no other test uses, so tests share one database in any order. */
final class TestAccounts {
    static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");

    private TestAccounts() {
    }

    /** A tag unique to one test, to start its e-mails with. */
    static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static EmailAddress uniqueEmail() {
        return new EmailAddress(tag() + "@example.org");
    }

    /** Now, to the microsecond PostgreSQL keeps. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static Account user(EmailAddress email) {
        return Account.register(email, HASH, new DisplayName("Ann Example"), Language.EN, Role.USER, now());
    }

    static Account account(String email, Role role, AccountStatus status, Instant closedAt) {
        Instant createdAt = Instant.parse("1999-01-01T00:00:00Z");
        return Account.rehydrate(AccountId.newId(), new EmailAddress(email), HASH, new DisplayName("Ann Example"),
                Language.EN, null, role, status, createdAt, closedAt == null ? createdAt : closedAt, closedAt, 0);
    }

    static Account closed(String email, Instant closedAt) {
        return account(email, Role.USER, AccountStatus.CLOSED, closedAt);
    }

    static Account withEveryField(EmailAddress email) {
        Instant created = Instant.parse("2026-03-01T10:15:30.123456Z");
        return Account.rehydrate(AccountId.newId(), email, HASH, new DisplayName("Zoé Dupont"), Language.FR,
                new PhoneNumber("+33612345678"), Role.OPERATOR, AccountStatus.CLOSED, created,
                created.plusSeconds(3600), created.plusSeconds(3600), created.plusSeconds(60), 7);
    }
}
