package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.AccountSearch;
import app.marquee.application.identity.port.in.ListAccountsQuery;
import app.marquee.application.identity.port.out.AccountFilter;
import app.marquee.application.identity.port.out.SearchAccountsPort;
import app.marquee.domain.identity.account.Account;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

@Singleton
public class ListAccountsService implements ListAccountsQuery {
    private final SearchAccountsPort accounts;

    public ListAccountsService(SearchAccountsPort accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public AccountPage list(AccountSearch search) {
        List<Account> found = accounts.search(new AccountFilter(search.role(), search.status(), search.emailPrefix(),
                search.after()), search.limit() + 1);
        if (found.size() <= search.limit()) {
            return new AccountPage(found, Optional.empty());
        }
        List<Account> page = found.subList(0, search.limit());
        return new AccountPage(page, Optional.of(page.get(page.size() - 1).email().value()));
    }
}
