package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Cursors;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.PersonResponse.PersonPage;
import app.marquee.application.catalog.port.in.CreatePersonUseCase;
import app.marquee.application.catalog.port.in.DeletePersonUseCase;
import app.marquee.application.catalog.port.in.FindPeopleQuery;
import app.marquee.application.catalog.port.in.RenamePersonUseCase;
import app.marquee.application.catalog.port.in.ViewPersonQuery;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

@Controller("/api/v1/people")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog: people", description = "Directors, writers and actors; anyone reads, admins write")
@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE, INVALID_CURSOR",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PersonController {
    private final FindPeopleQuery find;
    private final ViewPersonQuery view;
    private final CreatePersonUseCase create;
    private final RenamePersonUseCase rename;
    private final DeletePersonUseCase delete;

    public PersonController(FindPeopleQuery find, ViewPersonQuery view, CreatePersonUseCase create,
                            RenamePersonUseCase rename, DeletePersonUseCase delete) {
        this.find = find;
        this.view = view;
        this.create = create;
        this.rename = rename;
        this.delete = delete;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "findPeople",
            summary = "Find people by name", description = "Names holding the words typed, ignoring case and"
            + " accents, in name order.")
    @ApiResponse(responseCode = "200", description = "One page of people")
    public PersonPage find(@Parameter(description = "Words of the name") @QueryValue @Nullable @Size(max = 200)
                           @Pattern(regexp = CatalogHttp.NO_CONTROL) String q,
                           @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                           @Parameter(description = "nextCursor of the previous page") @QueryValue @Nullable
                           @Size(max = 2048) String cursor) {
        FindPeopleQuery.PeoplePage page = Outcomes.accepted(find.find(new FindPeopleQuery.Search(
                Optional.ofNullable(q).map(String::strip).orElse(""), Cursors.decode(cursor), limit)));
        return new PersonPage(page.items().stream().map(PersonResponse::of).toList(),
                page.nextAfter().map(Cursors::encode).orElse(null));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getPerson",
            summary = "One person")
    @ApiResponse(responseCode = "200", description = "The person")
    @ApiResponse(responseCode = "404", description = "PERSON_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonResponse get(@PathVariable UUID id) {
        return PersonResponse.of(Outcomes.accepted(view.view(new PersonId(id))));
    }

    @Post
    @Secured(CatalogHttp.ADMIN)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "createPerson",
            summary = "Add a person who can be credited on titles")
    @ApiResponse(responseCode = "201", description = "The new person, with Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonResponse.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<PersonResponse> create(@Body @Valid PersonRequests.PersonBody body) {
        Person person = Outcomes.accepted(create.create(new CreatePersonUseCase.Command(body.checkedName())));
        return HttpResponse.created(PersonResponse.of(person), URI.create("/api/v1/people/" + person.id()));
    }

    @Patch("/{id}")
    @Secured(CatalogHttp.ADMIN)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "renamePerson",
            summary = "Correct a person's name")
    @ApiResponse(responseCode = "200", description = "The person")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "PERSON_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PersonResponse rename(@PathVariable UUID id, @Body @Valid PersonRequests.PersonBody body) {
        return PersonResponse.of(Outcomes.accepted(rename.rename(new RenamePersonUseCase.Command(new PersonId(id),
                body.checkedName()))));
    }

    @Delete("/{id}")
    @Secured(CatalogHttp.ADMIN)
    @SecurityRequirement(name = "bearerAuth")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deletePerson",
            summary = "Delete a person no title credits")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "PERSON_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "STILL_REFERENCED", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathVariable UUID id) {
        Outcomes.accepted(delete.delete(new PersonId(id)));
    }
}
