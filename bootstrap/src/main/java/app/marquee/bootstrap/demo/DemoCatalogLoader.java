package app.marquee.bootstrap.demo;

import app.marquee.application.catalog.port.in.AddEpisodeUseCase;
import app.marquee.application.catalog.port.in.AddSeasonUseCase;
import app.marquee.application.catalog.port.in.ChangeTitleStatusUseCase;
import app.marquee.application.catalog.port.in.CreateGenreUseCase;
import app.marquee.application.catalog.port.in.CreatePersonUseCase;
import app.marquee.application.catalog.port.in.CreateTitleUseCase;
import app.marquee.application.catalog.port.in.EpisodeDraft;
import app.marquee.application.catalog.port.in.ListGenresQuery;
import app.marquee.bootstrap.demo.DemoCatalog.TitleSpec;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.shared.LocalizedName;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * With {@code MARQUEE_DEMO_DATA=true}, fills an empty catalog with {@link DemoCatalog} at start-up,
 * through the same use cases an admin would call, so every rule applies. A catalog that already
 * has genres is left alone, so restarting with the flag set adds nothing twice.
 */
@Singleton
@Requires(property = "marquee.demo-data", value = "true")
public class DemoCatalogLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalogLoader.class);
    private final ListGenresQuery genres;
    private final CreateGenreUseCase createGenre;
    private final CreatePersonUseCase createPerson;
    private final CreateTitleUseCase createTitle;
    private final ChangeTitleStatusUseCase changeStatus;
    private final AddSeasonUseCase addSeason;
    private final AddEpisodeUseCase addEpisode;

    public DemoCatalogLoader(ListGenresQuery genres, CreateGenreUseCase createGenre, CreatePersonUseCase createPerson,
                             CreateTitleUseCase createTitle, ChangeTitleStatusUseCase changeStatus,
                             AddSeasonUseCase addSeason, AddEpisodeUseCase addEpisode) {
        this.genres = genres;
        this.createGenre = createGenre;
        this.createPerson = createPerson;
        this.createTitle = createTitle;
        this.changeStatus = changeStatus;
        this.addSeason = addSeason;
        this.addEpisode = addEpisode;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!genres.list().isEmpty()) {
            LOG.info("Demo catalog not loaded: the catalog already has genres");
            return;
        }
        long started = System.nanoTime();
        List<GenreId> genreIds = DemoCatalog.GENRES.stream().map(spec -> accepted(createGenre.create(
                new CreateGenreUseCase.Command(spec.slug(), new LocalizedName(spec.en(), spec.fr())))).id()).toList();
        List<PersonId> people = DemoCatalog.people().stream()
                .map(name -> accepted(createPerson.create(new CreatePersonUseCase.Command(name))).id()).toList();
        List<TitleSpec> titles = DemoCatalog.titles();
        titles.forEach(spec -> load(spec, genreIds, people));
        LOG.info("Loaded the demo catalog: {} genres, {} people, {} titles in {} ms", genreIds.size(), people.size(),
                titles.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private void load(TitleSpec spec, List<GenreId> genreIds, List<PersonId> people) {
        List<Credit> credits = new ArrayList<>();
        for (DemoCatalog.CreditSpec credit : spec.credits()) {
            credits.add(new Credit(people.get(credit.person()), CreditRole.valueOf(credit.role()),
                    Optional.ofNullable(credit.character()), credits.size() + 1));
        }
        TitleDetails details = new TitleDetails(spec.name(), Optional.ofNullable(spec.originalName()), spec.synopsis(),
                spec.year(), spec.runtime() == null ? OptionalInt.empty() : OptionalInt.of(spec.runtime()),
                new HashSet<>(spec.genres().stream().map(genreIds::get).toList()), Optional.of(spec.ageRating()),
                credits, new HashSet<>(spec.audio().stream().map(LanguageCode::new).toList()),
                new HashSet<>(spec.subtitles().stream().map(LanguageCode::new).toList()), Optional.empty());
        Title title = accepted(createTitle.create(new CreateTitleUseCase.Command(
                spec.series() ? TitleKind.SERIES : TitleKind.MOVIE, details)));
        for (DemoCatalog.SeasonSpec season : spec.seasons()) {
            accepted(addSeason.add(new AddSeasonUseCase.Command(title.id(), season.number(), Optional.empty())));
            for (int episode = 1; episode <= season.episodes(); episode++) {
                accepted(addEpisode.add(new AddEpisodeUseCase.Command(title.id(), season.number(), new EpisodeDraft(
                        episode, "Episode " + episode, "", 40 + (episode * 7) % 20))));
            }
        }
        accepted(changeStatus.change(new ChangeTitleStatusUseCase.Command(title.id(), TitleStatus.PUBLISHED,
                Optional.empty())));
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException("demo data refused: " + rejection));
    }
}
