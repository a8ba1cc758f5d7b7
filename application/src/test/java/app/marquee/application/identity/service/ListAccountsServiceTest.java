package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.AccountSearch;
import app.marquee.application.identity.port.in.ListAccountsQuery.AccountPage;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountStatus;
import app.marquee.domain.identity.account.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ListAccountsServiceTest {
    private static final String PASSWORD = "correct horse battery staple";

    private final IdentityFixture world = new IdentityFixture();
    private final ListAccountsService list = new ListAccountsService(world.accounts);

    @Test
    void pagesThroughAccountsByEmailWithTheLastEmailAsCursor() {
        seed("erin", "bob", "dave", "ann", "carol");

        AccountPage first = list.list(page(Optional.empty(), 2));
        AccountPage second = list.list(page(first.nextAfter(), 2));
        AccountPage last = list.list(page(second.nextAfter(), 2));

        assertThat(emails(first)).containsExactly("ann@example.org", "bob@example.org");
        assertThat(first.nextAfter()).contains("bob@example.org");
        assertThat(emails(second)).containsExactly("carol@example.org", "dave@example.org");
        assertThat(second.nextAfter()).contains("dave@example.org");
        assertThat(emails(last)).containsExactly("erin@example.org");
        assertThat(last.nextAfter()).isEmpty();
    }

    @Test
    void asksForOneMoreThanThePageToKnowWhetherAnotherFollows() {
        seed("ann", "bob");

        list.list(page(Optional.empty(), 2));

        assertThat(world.accounts.searchMaxima()).containsExactly(3);
    }

    @Test
    void aPageThatExactlyFillsTheRestIsTheLast() {
        seed("ann", "bob", "carol", "dave");

        AccountPage second = list.list(page(Optional.of("bob@example.org"), 2));

        assertThat(emails(second)).containsExactly("carol@example.org", "dave@example.org");
        assertThat(second.nextAfter()).isEmpty();
    }

    @Test
    void noAccountsMeansAnEmptyLastPage() {
        AccountPage page = list.list(page(Optional.empty(), 10));

        assertThat(page.items()).isEmpty();
        assertThat(page.nextAfter()).isEmpty();
    }

    @Test
    void theCursorCountsOnlyAccountsThatMatchTheFilters() {
        seed("ann", "bob");
        world.account("carol@example.org", PASSWORD, Role.OPERATOR);
        world.account("dave@example.org", PASSWORD, Role.OPERATOR);
        world.account("erin@example.org", PASSWORD, Role.OPERATOR);

        AccountPage operators = list.list(new AccountSearch(Optional.of(Role.OPERATOR),
                Optional.of(AccountStatus.ACTIVE), Optional.empty(), Optional.empty(), 2));

        assertThat(emails(operators)).containsExactly("carol@example.org", "dave@example.org");
        assertThat(operators.nextAfter()).contains("dave@example.org");
    }

    private void seed(String... names) {
        for (String name : names) {
            world.account(name + "@example.org", PASSWORD);
        }
    }

    private static AccountSearch page(Optional<String> after, int limit) {
        return new AccountSearch(Optional.empty(), Optional.empty(), Optional.empty(), after, limit);
    }

    private static List<String> emails(AccountPage page) {
        return page.items().stream().map(Account::email).map(e -> e.value()).toList();
    }
}
