package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.IssueAccessTokenPort;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.SessionId;

import java.time.Duration;

/** Access tokens that spell out what a signed token would claim, so tests can read them. */
public final class FakeAccessTokens implements IssueAccessTokenPort {
    public static final Duration LIFETIME = Duration.ofMinutes(15);
    private int issued;

    @Override
    public AccessToken issue(Account account, SessionId session) {
        issued++;
        return new AccessToken("access#" + issued + ":" + account.id() + ":" + account.role() + ":" + session,
                LIFETIME);
    }

    public int issued() {
        return issued;
    }
}
