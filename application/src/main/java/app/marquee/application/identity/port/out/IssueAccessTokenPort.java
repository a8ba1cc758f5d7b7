package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.SessionId;

import java.time.Duration;

/** Signs short-lived access tokens naming the account, its role and its session. */
public interface IssueAccessTokenPort {
    AccessToken issue(Account account, SessionId session);

    record AccessToken(String value, Duration expiresIn) {
        @Override
        public String toString() {
            return "AccessToken[***]";
        }
    }
}
