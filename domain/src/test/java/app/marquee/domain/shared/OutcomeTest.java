package app.marquee.domain.shared;

import app.marquee.domain.identity.IdentityRejection;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutcomeTest {

    @Test
    void anAcceptedOutcomeCarriesItsValue() {
        Outcome<String> outcome = Outcome.accepted("hello");

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(outcome).isEqualTo(new Outcome.Accepted<>("hello"));
    }

    @Test
    void anAcceptedOutcomeNeedsAValue() {
        assertThatThrownBy(() -> Outcome.accepted(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aRejectedOutcomeCarriesItsRejection() {
        Outcome<String> outcome = Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND);

        assertThat(outcome.isAccepted()).isFalse();
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, rejected ->
                assertThat(rejected.rejection()).isEqualTo(Rejection.of(IdentityRejection.ACCOUNT_NOT_FOUND)));
    }

    @Test
    void aRejectedOutcomeNeedsARejection() {
        assertThatThrownBy(() -> Outcome.rejected((Rejection) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void mapTransformsOnlyAnAcceptedValue() {
        assertThat(Outcome.accepted(20).map(n -> n + 1)).isEqualTo(Outcome.accepted(21));

        AtomicBoolean called = new AtomicBoolean();
        Outcome<Integer> rejected = Outcome.<Integer>rejected(IdentityRejection.LAST_ADMIN).map(n -> {
            called.set(true);
            return n + 1;
        });

        assertThat(called).isFalse();
        assertThat(rejected).isEqualTo(Outcome.rejected(IdentityRejection.LAST_ADMIN));
    }

    @Test
    void flatMapChainsAcceptedStepsAndStopsAtTheFirstRejection() {
        Outcome<Integer> chained = Outcome.accepted(2).flatMap(n -> Outcome.accepted(n * 10));
        Outcome<Integer> refusedLater = Outcome.accepted(2)
                .flatMap(n -> Outcome.<Integer>rejected(IdentityRejection.CONCURRENT_UPDATE));
        AtomicBoolean called = new AtomicBoolean();
        Outcome<Integer> refusedFirst = Outcome.<Integer>rejected(IdentityRejection.ACCOUNT_CLOSED).flatMap(n -> {
            called.set(true);
            return Outcome.accepted(n);
        });

        assertThat(chained).isEqualTo(Outcome.accepted(20));
        assertThat(refusedLater).isEqualTo(Outcome.rejected(IdentityRejection.CONCURRENT_UPDATE));
        assertThat(refusedFirst).isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_CLOSED));
        assertThat(called).isFalse();
    }

    @Test
    void orElseThrowReturnsTheValueOrThrowsWhatTheCallerBuildsFromTheRejection() {
        assertThat(Outcome.accepted("ok").orElseThrow(r -> new IllegalStateException(r.code()))).isEqualTo("ok");

        Outcome<String> refused = Outcome.rejected(IdentityRejection.WRONG_PASSWORD);
        assertThatThrownBy(() -> refused.orElseThrow(r -> new IllegalStateException(r.code())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("WRONG_PASSWORD");
    }

    private enum Why { CONCURRENT_UPDATE, VERSION_MISMATCH, OTHER }

    @Test
    void aRejectionCanBeToldAsAnotherAndNothingElseChanges() {
        Outcome<String> raced = Outcome.rejected(Why.CONCURRENT_UPDATE);

        assertThat(raced.recast(Why.CONCURRENT_UPDATE, Why.VERSION_MISMATCH))
                .isEqualTo(Outcome.rejected(Why.VERSION_MISMATCH));
        assertThat(Outcome.<String>rejected(Why.OTHER).recast(Why.CONCURRENT_UPDATE, Why.VERSION_MISMATCH))
                .isEqualTo(Outcome.rejected(Why.OTHER));
        assertThat(Outcome.accepted("saved").recast(Why.CONCURRENT_UPDATE, Why.VERSION_MISMATCH))
                .isEqualTo(Outcome.accepted("saved"));
    }
}
