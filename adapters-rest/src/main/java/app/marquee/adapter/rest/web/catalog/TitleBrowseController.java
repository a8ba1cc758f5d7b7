package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.problem.ProblemMessages;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.application.catalog.port.in.SearchTitlesQuery;
import app.marquee.application.catalog.port.in.ViewTitleQuery;
import app.marquee.application.catalog.port.in.ViewTitleQuery.TitleView;
import app.marquee.application.catalog.search.TitleSearch;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.util.UUID;

@Controller("/api/v1/titles")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog: titles", description = "Films and series; drafts and archived titles are seen by admins only")
public class TitleBrowseController {
    private final SearchTitlesQuery search;
    private final ViewTitleQuery view;
    private final ProblemMessages messages;
    private final JsonMapper json;

    public TitleBrowseController(SearchTitlesQuery search, ViewTitleQuery view, ProblemMessages messages,
                                 JsonMapper json) {
        this.json = json;
        this.search = search;
        this.view = view;
        this.messages = messages;
    }

    @Get
    @Operation(operationId = "searchTitles",
            summary = "Search the catalog", description = "q matches title and original title, ignoring case and"
            + " accents and tolerating a typo; filters combine. Facet counts cover every match; each facet leaves"
            + " out its own filter (genres ignore genre, decades the year filters). Admins also find"
            + " drafts; archived titles are found by nobody.")
    @ApiResponse(responseCode = "200", description = "One page of titles, with facets")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, INVALID_VALUE, INVALID_CURSOR",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TitlePage search(
            @Parameter(description = "Words to find") @QueryValue @Nullable @Size(max = TitleSearch.MAX_TEXT)
            @Pattern(regexp = CatalogHttp.NO_CONTROL) String q,
            @Parameter(description = "Genre slug") @QueryValue @Nullable @Size(max = 40)
            @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?") String genre,
            @QueryValue @Nullable @Min(Title.FIRST_FILM_YEAR) @Max(9999) Integer year,
            @QueryValue @Nullable @Min(Title.FIRST_FILM_YEAR) @Max(9999) Integer yearFrom,
            @QueryValue @Nullable @Min(Title.FIRST_FILM_YEAR) @Max(9999) Integer yearTo,
            @QueryValue @Nullable TitleKind type,
            @Parameter(description = "ISO 639-1 audio or subtitle language") @QueryValue @Nullable @Size(max = 8)
            String language,
            @Parameter(description = "relevance (default with q), year, title (default without q), popularity")
            @QueryValue @Nullable @Pattern(regexp = "(?i)(relevance|year|title|popularity)?") String sort,
            @QueryValue(defaultValue = "20") @Min(1) @Max(TitleSearch.MAX_LIMIT) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryValue @Nullable @Size(max = 2048)
            String cursor,
            @Nullable Authentication caller) {
        TitleSearchMapper.Params params = new TitleSearchMapper.Params(q, genre, year, yearFrom, yearTo, type,
                language, sort, limit, cursor);
        return TitlePage.of(Outcomes.accepted(search.search(TitleSearchMapper.search(params,
                CatalogHttp.isAdmin(caller)))));
    }

    @Get("/{id}")
    @Operation(operationId = "getTitle",
            summary = "One title with its seasons and episodes", description = "Genre names follow"
            + " Accept-Language (en, fr). The ETag is the title's version and a digest of what is shown"
            + " (ratings and seasons included); If-None-Match with it gets 304, If-Match on a write reads its version.")
    @ApiResponse(responseCode = "200", description = "The title, with its ETag")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "400", description = "INVALID_VALUE (id)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND, also for drafts and archived titles unless"
            + " ADMIN", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public HttpResponse<TitleResponse> get(@PathVariable UUID id,
                                           @Header(ETags.IF_NONE_MATCH) @Nullable String ifNoneMatch,
                                           @Nullable Authentication caller, HttpRequest<?> request) {
        TitleView title = Outcomes.accepted(view.view(new TitleId(id), CatalogHttp.isAdmin(caller)));
        TitleResponse body = TitleResponse.of(title, messages.localeOf(request));
        String etag = representationTag(title.title().version(), body);
        if (ETags.noneMatchHits(ifNoneMatch, etag.substring(1, etag.length() - 1))) {
            return HttpResponse.<TitleResponse>notModified().header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.VARY, "Accept-Language");
        }
        return HttpResponse.ok(body).header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, "Accept-Language");
    }

    private String representationTag(long version, TitleResponse body) {
        try {
            return ETags.ofRepresentation(version, json.writeValueAsBytes(body));
        } catch (IOException unserialisable) {
            throw new IllegalStateException("a title response always serialises", unserialisable);
        }
    }
}
