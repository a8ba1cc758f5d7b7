package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;

import java.util.List;
import java.util.Optional;

/** An admin pages through accounts. */
public interface ListAccountsQuery {
    AccountPage list(AccountSearch search);

    /** One page; {@code nextAfter} is the cursor for the next page, empty on the last. */
    record AccountPage(List<Account> items, Optional<String> nextAfter) {
        public AccountPage {
            items = List.copyOf(items);
        }
    }
}
