package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.adapter.rest.web.catalog.TitleRequests.CreditBody;
import app.marquee.adapter.rest.web.catalog.TitleRequests.TitleBody;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TitleDetailsMapperTest {
    private static final UUID PERSON = UUID.randomUUID();

    private static TitleBody film(String title, List<UUID> genres, List<CreditBody> credits, List<String> audio,
                                  String trailer) {
        return new TitleBody(TitleKind.MOVIE, title, "Le Fabuleux Destin d'Amélie Poulain", "A shy waitress.", 2001,
                122, genres, "PG-13", credits, audio, List.of("en"), trailer);
    }

    private static TitleBody film() {
        return film("Amélie", List.of(UUID.randomUUID()),
                List.of(new CreditBody(PERSON, CreditRole.ACTOR, "Amélie", 1)), List.of("fr"),
                "https://example.org/trailer");
    }

    private static void refusedOn(TitleBody body, String field) {
        assertThatThrownBy(() -> TitleDetailsMapper.details(body)).as(field)
                .isInstanceOfSatisfying(RejectedException.class, rejected -> assertThat(rejected.rejection())
                        .isEqualTo(Rejection.onField(RestRejection.INVALID_VALUE, field)));
    }

    @Test
    void aBodyTheDomainAcceptsBecomesTitleDetailsAndBack() {
        TitleDetails details = TitleDetailsMapper.details(film());
        assertThat(details.name()).isEqualTo("Amélie");
        assertThat(details.runtimeMinutes()).hasValue(122);
        assertThat(TitleDetailsMapper.details(TitleDetailsMapper.body(TitleKind.MOVIE, details))).isEqualTo(details);
    }

    @Test
    void eachRefusalNamesTheFieldAtFault() {
        refusedOn(film(" ", List.of(), List.of(), List.of(), null), "title");
        refusedOn(film("Am\u0085lie", List.of(), List.of(), List.of(), null), "title");
        refusedOn(film("Amélie", Collections.nCopies(1, null), List.of(), List.of(), null), "genreIds[0]");
        List<UUID> tooMany = new ArrayList<>(IntStream.range(0, 11).mapToObj(i -> UUID.randomUUID()).toList());
        refusedOn(film("Amélie", tooMany, List.of(), List.of(), null), "genreIds");
        refusedOn(film("Amélie", List.of(), List.of(), List.of("fr", "xx"), null), "audioLanguages[1]");
        refusedOn(film("Amélie", List.of(), List.of(), List.of(), "ftp://example.org/t"), "trailerUrl");
        refusedOn(film("Amélie", List.of(), List.of(), List.of(), "not a url"), "trailerUrl");
    }

    @Test
    void aCreditsRefusalNamesTheCreditAndItsField() {
        refusedOn(film("Amélie", List.of(), List.of(new CreditBody(PERSON, CreditRole.DIRECTOR, "Nino", 1)),
                List.of(), null), "credits[0].character");
        refusedOn(film("Amélie", List.of(), List.of(new CreditBody(PERSON, CreditRole.ACTOR, null, 1),
                new CreditBody(PERSON, CreditRole.ACTOR, null, 0)), List.of(), null), "credits[1].billing");
        refusedOn(film("Amélie", List.of(), List.of(new CreditBody(null, CreditRole.ACTOR, null, 1)),
                List.of(), null), "credits[0].personId");
    }
}
