package app.marquee.application.recommendation.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.recommendation.Taste;

/**
 * A viewer's history as the recommendation scorer reads it.
 *
 * <p>What the adapter guarantees: {@link Taste#entries()} hold the viewer's favorites
 * ({@code FAVORITE}), the titles they finished at least once ({@code FINISHED}: a
 * {@code watch_progress} row with {@code completed_at} set for a film; for a series, completions
 * for at least half of its episodes, specials aside: one finished episode says little about a
 * series, and a series left after its pilot is no endorsement) and their reactions ({@code LIKED}, {@code DISLIKED}), whatever the titles' status
 * now (an archived favorite still says what the viewer likes), each with its features: genres
 * ({@code titles.genre_ids}), credits with the people's names, release year, audio languages,
 * {@code popularity}, and the number of accounts that favorite it. The history, each title's name
 * and status and the people's names are read on every call; the other features may be as old as
 * an instance keeps candidates' features (a few minutes). When the history holds more
 * than {@code maxTitles} titles, the most recent ones are kept (by {@code added_at},
 * {@code completed_at}, the reaction's time) and every other favorited, finished or reacted title
 * is still listed, by id alone, in {@link Taste#alsoSeen()}, so that it is never recommended; so
 * is a series of which the viewer finished fewer episodes (they are watching it: continue
 * watching offers it, recommendations do not).
 * An account with no history, or unknown, has {@link Taste#none()}.
 */
public interface LoadTastePort {
    Taste tasteOf(AccountId viewer, int maxTitles);
}
