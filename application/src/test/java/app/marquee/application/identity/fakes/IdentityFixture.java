package app.marquee.application.identity.fakes;

import app.marquee.application.identity.service.AccountLinks;
import app.marquee.application.identity.service.AccountMail;
import app.marquee.application.identity.service.AllOrNothing;
import app.marquee.application.identity.service.AnswerSignInChallengeService;
import app.marquee.application.identity.service.ConfirmTwoFactorService;
import app.marquee.application.identity.service.DisableTwoFactorService;
import app.marquee.application.identity.service.MailRequestLimit;
import app.marquee.application.identity.service.PasswordAttempts;
import app.marquee.application.identity.service.SecondFactorCheck;
import app.marquee.application.identity.service.SecondFactorGate;
import app.marquee.application.identity.service.SignInService;
import app.marquee.application.identity.port.in.SessionTokens;
import app.marquee.application.identity.port.in.SignInUseCase.SignInResult;
import app.marquee.domain.shared.Outcome;
import app.marquee.application.identity.service.PasswordConfirmation;
import app.marquee.application.identity.service.SessionOpener;
import app.marquee.application.identity.service.UnitOfWork;
import app.marquee.application.identity.service.SessionSettings;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.PasswordPolicy;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.identity.session.Session;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/** The in-memory ports every identity service test starts from, and accounts in a known state. */
public final class IdentityFixture {
    public static final Instant START = Instant.parse("2026-05-01T09:00:00Z");
    public static final Duration REFRESH_TTL = Duration.ofDays(14);

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final InMemorySessions sessions = new InMemorySessions();
    public final InMemorySignInFailures failures = new InMemorySignInFailures();
    public final PlainTextHasher hasher = new PlainTextHasher();
    public final FakeCommonPasswords commonPasswords = new FakeCommonPasswords("sunshine", "password", "letmein",
            "iloveyou", "qwertyuiop");
    public final FakeAccessTokens accessTokens = new FakeAccessTokens();
    public final SessionSettings settings = new SessionSettings(REFRESH_TTL);

    public final UnitOfWork unitOfWork = new UnitOfWork();
    public final AllOrNothing allOrNothing = new AllOrNothing(unitOfWork);
    public final InMemoryAccountTokens tokens = new InMemoryAccountTokens();
    public final InMemoryThrottledRequests requests = new InMemoryThrottledRequests();
    public final InMemoryTwoFactors twoFactors = new InMemoryTwoFactors();
    public final InMemoryChallenges challenges = new InMemoryChallenges();
    public final FakeTotp totp = new FakeTotp();
    public final RecordingOutbox outbox = new RecordingOutbox();
    public final AccountLinks links = new AccountLinks(URI.create("https://tickets.example.org/"));

    public AccountMail mail() {
        return new AccountMail(tokens, outbox, links);
    }

    public MailRequestLimit mailLimit() {
        return new MailRequestLimit(requests);
    }

    public SignInService signIn() {
        return new SignInService(accounts, accounts, attempts(), hasher, opener(), secondFactorGate(), unitOfWork, clock);
    }

    /** Signs in and expects a session (no second factor asked); rejections pass through. */
    public static Outcome<SessionTokens> tokens(Outcome<SignInResult> result) {
        return result.map(signedIn -> ((SignInResult.SignedIn) signedIn).tokens());
    }

    public SecondFactorGate secondFactorGate() {
        return new SecondFactorGate(twoFactors, challenges);
    }

    public SecondFactorCheck secondFactorCheck() {
        return new SecondFactorCheck(twoFactors, twoFactors, totp);
    }

    public ConfirmTwoFactorService confirmTwoFactor() {
        return new ConfirmTwoFactorService(confirmation(), twoFactors, twoFactors, sessions, totp, mail(), allOrNothing,
                clock);
    }

    public DisableTwoFactorService disableTwoFactor() {
        return new DisableTwoFactorService(accounts, hasher, attempts(), secondFactorCheck(), twoFactors, challenges,
                mail(), allOrNothing, clock);
    }

    public AnswerSignInChallengeService answerChallenge() {
        return new AnswerSignInChallengeService(challenges, accounts, attempts(), secondFactorCheck(), opener(),
                unitOfWork, clock);
    }

    public PasswordAttempts attempts() {
        return new PasswordAttempts(failures);
    }

    public PasswordConfirmation confirmation() {
        return new PasswordConfirmation(accounts, hasher, attempts());
    }

    public PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(commonPasswords::isCommon);
    }

    public SessionOpener opener() {
        return new SessionOpener(sessions, accessTokens, settings);
    }

    /** An active account whose password is {@code password}, stored now. */
    public Account account(String email, String password, Role role) {
        String name = email.substring(0, email.indexOf('@'));
        return accounts.seed(Account.register(new EmailAddress(email), PlainTextHasher.current(password),
                new DisplayName(name), Language.EN, role, clock.instant()));
    }

    public Account account(String email, String password) {
        return account(email, password, Role.USER);
    }

    /** An account its owner closed at {@code closedAt}. */
    public Account closedAccount(String email, String password, Instant closedAt) {
        Account account = Account.register(new EmailAddress(email), PlainTextHasher.current(password),
                new DisplayName("Closed"), Language.EN, Role.USER, closedAt.minus(Duration.ofDays(100)));
        account.close(closedAt);
        return accounts.seed(account);
    }

    /** An account an admin disabled. */
    public Account disabledAccount(String email, String password, Role role) {
        Account account = Account.register(new EmailAddress(email), PlainTextHasher.current(password),
                new DisplayName("Disabled"), Language.EN, role, clock.instant());
        account.setDisabled(true, clock.instant());
        return accounts.seed(account);
    }

    /** A session opened now for the account, stored, as a sign-in would leave it. */
    public Session.Opened signedIn(Account account) {
        Session.Opened opened = Session.open(account.id(), clock.instant(), REFRESH_TTL, new SecureRandom());
        sessions.open(opened.session(), opened.refreshToken().token());
        return opened;
    }
}
