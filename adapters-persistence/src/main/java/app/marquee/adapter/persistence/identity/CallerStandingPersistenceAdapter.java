package app.marquee.adapter.persistence.identity;

import app.marquee.application.identity.port.out.LoadCallerStandingPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.SessionId;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The caller check's one read: the account and the claimed session in a single statement. */
@Singleton
public class CallerStandingPersistenceAdapter implements LoadCallerStandingPort {
    private final CallerStandingRepository standings;

    CallerStandingPersistenceAdapter(CallerStandingRepository standings) {
        this.standings = standings;
    }

    @Override
    public Optional<CallerStanding> standing(AccountId account, SessionId session) {
        return standings.standing(account.value(), session.value()).map(row -> new CallerStanding(
                AccountMapper.toDomain(row.account()), row.session().map(SessionMapper::toDomain)));
    }
}
