package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;

/**
 * What an editor writes about an episode, checked by the domain's rules for an episode as the
 * command is made (number from 1, name 1-200 characters, synopsis up to 5,000, runtime 1-999).
 */
public record EpisodeDraft(int number, String name, String synopsis, int runtimeMinutes) {
    public EpisodeDraft {
        Episode checked = new Episode(EpisodeId.newId(), number, name, synopsis, runtimeMinutes);
        name = checked.name();
        synopsis = checked.synopsis();
    }
}
