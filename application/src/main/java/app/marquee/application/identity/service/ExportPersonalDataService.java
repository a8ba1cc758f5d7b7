package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.ExportPersonalDataQuery;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.LoadSessionPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class ExportPersonalDataService implements ExportPersonalDataQuery {
    private final LoadAccountPort accounts;
    private final LoadSessionPort sessions;

    public ExportPersonalDataService(LoadAccountPort accounts, LoadSessionPort sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    @Transactional
    public Outcome<PersonalData> export(AccountId id) {
        return accounts.byId(id)
                .map(account -> Outcome.accepted(new PersonalData(account, sessions.ofAccount(id))))
                .orElseGet(() -> Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND));
    }
}
