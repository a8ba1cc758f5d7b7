package app.marquee.application.catalog.port.in;

/** What an editor writes about an episode; the domain's Episode checks it. */
public record EpisodeDraft(int number, String name, String synopsis, int runtimeMinutes) {
}
