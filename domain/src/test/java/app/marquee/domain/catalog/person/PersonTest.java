package app.marquee.domain.catalog.person;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonTest {
    @Test
    void aNewPersonHasTheirNameTrimmed() {
        Person varda = Person.create("  Agnès Varda ");

        assertThat(varda.name()).isEqualTo("Agnès Varda");
        assertThat(varda.version()).isZero();
        assertThat(varda.id()).isNotEqualTo(Person.create("Agnès Varda").id());
    }

    @Test
    void aNameIsOneTo200Characters() {
        assertThat(Person.create("x".repeat(200)).name()).hasSize(200);
        assertThat(Person.create(" " + "x".repeat(200) + " ").name()).hasSize(200);
        assertThatThrownBy(() -> Person.create("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Person.create("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Person.create(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Person.create("Ann\u0000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renamingFollowsTheSameRule() {
        Person varda = Person.create("Agnes Varda");

        varda.rename("Agnès Varda");
        assertThat(varda.name()).isEqualTo("Agnès Varda");

        assertThatThrownBy(() -> varda.rename(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(varda.name()).isEqualTo("Agnès Varda");
    }

    @Test
    void rehydratingKeepsWhatWasStored() {
        PersonId id = PersonId.newId();

        Person stored = Person.rehydrate(id, "Jean Reno", 9);

        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.name()).isEqualTo("Jean Reno");
        assertThat(stored.version()).isEqualTo(9);
    }
}
