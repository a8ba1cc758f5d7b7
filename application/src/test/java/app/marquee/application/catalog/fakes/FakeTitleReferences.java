package app.marquee.application.catalog.fakes;

import app.marquee.application.catalog.port.out.TitleReferencesPort;
import app.marquee.domain.catalog.title.TitleId;

import java.util.HashSet;
import java.util.Set;

/** Stands for the playlists, histories, reviews and screenings that may point at a title. */
public final class FakeTitleReferences implements TitleReferencesPort {
    private final Set<TitleId> referenced = new HashSet<>();

    @Override
    public boolean isReferenced(TitleId id) {
        return referenced.contains(id);
    }

    /** Something outside the catalog now points at the title. */
    public void referTo(TitleId id) {
        referenced.add(id);
    }
}
