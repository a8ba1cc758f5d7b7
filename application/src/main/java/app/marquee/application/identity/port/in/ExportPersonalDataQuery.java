package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.shared.Outcome;

import java.util.List;

/** Everything Marquee holds about a person, for them to take away (GDPR article 20). */
public interface ExportPersonalDataQuery {
    Outcome<PersonalData> export(AccountId id);

    record PersonalData(Account account, List<Session> sessions) {
        public PersonalData {
            sessions = List.copyOf(sessions);
        }
    }
}
