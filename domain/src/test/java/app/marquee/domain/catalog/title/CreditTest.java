package app.marquee.domain.catalog.title;

import app.marquee.domain.catalog.person.PersonId;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditTest {
    private static final PersonId TAUTOU = PersonId.newId();

    @Test
    void anActorPlaysACharacter() {
        Credit credit = new Credit(TAUTOU, CreditRole.ACTOR, Optional.of("  Amélie Poulain "), 1);

        assertThat(credit.character()).contains("Amélie Poulain");
        assertThat(credit.billing()).isEqualTo(1);
    }

    @Test
    void onlyActorsPlayACharacter() {
        assertThatThrownBy(() -> new Credit(TAUTOU, CreditRole.DIRECTOR, Optional.of("Amélie"), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Credit(TAUTOU, CreditRole.WRITER, Optional.of("Amélie"), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Credit(TAUTOU, CreditRole.DIRECTOR, Optional.empty(), 1).character()).isEmpty();
    }

    @Test
    void aBlankCharacterIsNoCharacter() {
        assertThat(new Credit(TAUTOU, CreditRole.WRITER, Optional.of("   "), 1).character()).isEmpty();
    }

    @Test
    void aCharacterNameIsAtMost200Characters() {
        assertThat(new Credit(TAUTOU, CreditRole.ACTOR, Optional.of("x".repeat(200)), 1).character()).isPresent();
        assertThatThrownBy(() -> new Credit(TAUTOU, CreditRole.ACTOR, Optional.of("x".repeat(201)), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void billingStartsAtOne() {
        assertThatThrownBy(() -> new Credit(TAUTOU, CreditRole.ACTOR, Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCreditNamesSomeoneAndARole() {
        assertThatThrownBy(() -> new Credit(null, CreditRole.ACTOR, Optional.empty(), 1))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Credit(TAUTOU, null, Optional.empty(), 1))
                .isInstanceOf(NullPointerException.class);
    }
}
