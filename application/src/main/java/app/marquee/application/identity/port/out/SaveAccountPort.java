package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.shared.Outcome;

/**
 * Stores accounts. The database is the last word on two rules the domain also states: an
 * e-mail belongs to one account ({@code EMAIL_TAKEN} when a concurrent registration won), and
 * an update applies only to the version it was read at ({@code CONCURRENT_UPDATE} otherwise).
 */
public interface SaveAccountPort {
    Outcome<Account> add(Account account);

    Outcome<Account> update(Account account);
}
