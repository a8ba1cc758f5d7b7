package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.ViewAccountQuery;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class ViewAccountService implements ViewAccountQuery {
    private final LoadAccountPort accounts;

    public ViewAccountService(LoadAccountPort accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public Outcome<Account> view(AccountId id) {
        return accounts.byId(id).map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND));
    }
}
