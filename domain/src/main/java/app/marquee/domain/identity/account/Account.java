package app.marquee.domain.identity.account;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.shared.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's account. The e-mail is its sign-in name and is unique; the password is kept only
 * as a slow hash. An owner may close their account: it stops working at once and its personal
 * data is anonymised once {@link #DELETION_GRACE} has passed (orders stay, anonymised, for the
 * books). An admin may disable an account and restore it, and change its role.
 */
public final class Account {
    /** How long a closed account keeps its personal data before anonymisation. */
    public static final Duration DELETION_GRACE = Duration.ofDays(30);
    public static final String ANONYMISED_NAME = "Deleted user";

    private final AccountId id;
    private EmailAddress email;
    private PasswordHash passwordHash;
    private DisplayName displayName;
    private Language language;
    private PhoneNumber phone;
    private Role role;
    private AccountStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant closedAt;
    private Instant emailVerifiedAt;
    private final long version;

    private Account(AccountId id, EmailAddress email, PasswordHash passwordHash, DisplayName displayName,
                    Language language, PhoneNumber phone, Role role, AccountStatus status,
                    Instant createdAt, Instant updatedAt, Instant closedAt, Instant emailVerifiedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.language = Objects.requireNonNull(language, "language");
        this.phone = phone;
        this.role = Objects.requireNonNull(role, "role");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.closedAt = closedAt;
        this.emailVerifiedAt = emailVerifiedAt;
        this.version = version;
        if ((status == AccountStatus.CLOSED || status == AccountStatus.ANONYMISED) && closedAt == null) {
            throw new IllegalArgumentException("a closed account knows when it was closed");
        }
    }

    /** Opens a new account; everyone starts as a USER unless an admin is being provisioned. */
    public static Account register(EmailAddress email, PasswordHash hash, DisplayName name, Language language,
                                   Role role, Instant now) {
        return new Account(AccountId.newId(), email, hash, name, language, null, role, AccountStatus.ACTIVE,
                now, now, null, null, 0);
    }

    /** For the persistence adapter only: an account exactly as it was stored. */
    public static Account rehydrate(AccountId id, EmailAddress email, PasswordHash hash, DisplayName name,
                                    Language language, PhoneNumber phone, Role role, AccountStatus status,
                                    Instant createdAt, Instant updatedAt, Instant closedAt, long version) {
        return rehydrate(id, email, hash, name, language, phone, role, status, createdAt, updatedAt, closedAt, null,
                version);
    }

    /** For the persistence adapter only: an account exactly as it was stored, with when its e-mail was verified. */
    public static Account rehydrate(AccountId id, EmailAddress email, PasswordHash hash, DisplayName name,
                                    Language language, PhoneNumber phone, Role role, AccountStatus status,
                                    Instant createdAt, Instant updatedAt, Instant closedAt, Instant emailVerifiedAt,
                                    long version) {
        return new Account(id, email, hash, name, language, phone, role, status, createdAt, updatedAt, closedAt,
                emailVerifiedAt, version);
    }

    /**
     * The owner proved they read this address (a verification link, a password reset) or an admin
     * vouched for it. The first time is kept: verifying again changes nothing.
     */
    public void markEmailVerified(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
            touch(now);
        }
    }

    /** An admin takes the verification back: the owner must prove the address again before buying. */
    public void markEmailUnverified(Instant now) {
        if (emailVerifiedAt != null) {
            emailVerifiedAt = null;
            touch(now);
        }
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public Optional<Instant> emailVerifiedAt() {
        return Optional.ofNullable(emailVerifiedAt);
    }

    /** Whether this account may sign in or use a token right now, and if not, why. */
    public Optional<IdentityRejection> signInBlocker() {
        return switch (status) {
            case ACTIVE -> Optional.empty();
            case DISABLED -> Optional.of(IdentityRejection.ACCOUNT_DISABLED);
            case CLOSED, ANONYMISED -> Optional.of(IdentityRejection.ACCOUNT_CLOSED);
        };
    }

    public void rename(DisplayName name, Instant now) {
        this.displayName = Objects.requireNonNull(name);
        touch(now);
    }

    public void speak(Language preferred, Instant now) {
        this.language = Objects.requireNonNull(preferred);
        touch(now);
    }

    /** Sets or, with an empty value, removes the phone number. */
    public void changePhone(Optional<PhoneNumber> number, Instant now) {
        this.phone = number.orElse(null);
        touch(now);
    }

    public void changePasswordHash(PasswordHash newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        touch(now);
    }

    /** The owner deletes the account: it stops working now and is anonymised after the grace period. */
    public Outcome<Account> close(Instant now) {
        if (status == AccountStatus.CLOSED || status == AccountStatus.ANONYMISED) {
            return Outcome.rejected(IdentityRejection.ACCOUNT_CLOSED);
        }
        status = AccountStatus.CLOSED;
        closedAt = now;
        touch(now);
        return Outcome.accepted(this);
    }

    public boolean isDueForAnonymisation(Instant now) {
        return status == AccountStatus.CLOSED && !closedAt.plus(DELETION_GRACE).isAfter(now);
    }

    /** Erases the personal data of a closed account whose grace period is over. */
    public void anonymise(Instant now) {
        if (!isDueForAnonymisation(now)) {
            throw new IllegalStateException("only a closed account past its grace period is anonymised");
        }
        email = new EmailAddress("deleted-" + id + "@anonymised.invalid");
        displayName = new DisplayName(ANONYMISED_NAME);
        phone = null;
        emailVerifiedAt = null;
        passwordHash = PasswordHash.UNUSABLE;
        status = AccountStatus.ANONYMISED;
        touch(now);
    }

    /**
     * An admin stops (true) or restores (false) the account. Closed accounts stay closed: neither
     * disabling nor restoring one is possible ({@code CLOSED_ACCOUNT_UNCHANGEABLE}).
     */
    public Outcome<Account> setDisabled(boolean disabled, Instant now) {
        if (status == AccountStatus.CLOSED || status == AccountStatus.ANONYMISED) {
            return Outcome.rejected(IdentityRejection.CLOSED_ACCOUNT_UNCHANGEABLE);
        }
        status = disabled ? AccountStatus.DISABLED : AccountStatus.ACTIVE;
        touch(now);
        return Outcome.accepted(this);
    }

    public void assign(Role newRole, Instant now) {
        this.role = Objects.requireNonNull(newRole);
        touch(now);
    }

    public boolean isActiveAdmin() {
        return role == Role.ADMIN && status == AccountStatus.ACTIVE;
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    public AccountId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public DisplayName displayName() {
        return displayName;
    }

    public Language language() {
        return language;
    }

    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    public Role role() {
        return role;
    }

    public AccountStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public long version() {
        return version;
    }
}
