package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventOwnership;
import app.marquee.domain.shared.Outcome;

import java.util.Optional;

/**
 * Loading an event to change it: EVENT_NOT_FOUND when it is missing or not the editor's (never
 * revealing another organiser's event), VERSION_MISMATCH when the client edited another version;
 * a lost race is CONCURRENT_UPDATE, told as VERSION_MISMATCH to a client that said its version.
 */
final class VersionedEvents {
    private VersionedEvents() {
    }

    static Outcome<Event> load(LoadEventPort load, EventId id, Editor editor, Optional<Long> expectedVersion) {
        Optional<Event> found = load.byId(id)
                .filter(event -> EventOwnership.mayEdit(event.owner(), editor.account(), editor.role()));
        if (found.isEmpty()) {
            return Outcome.rejected(SalesRejection.EVENT_NOT_FOUND);
        }
        if (expectedVersion.filter(expected -> expected != found.get().version()).isPresent()) {
            return Outcome.rejected(SalesRejection.VERSION_MISMATCH);
        }
        return Outcome.accepted(found.get());
    }

    static <T> Outcome<T> saved(Outcome<T> saved, Optional<Long> expectedVersion) {
        return expectedVersion.isPresent()
                ? saved.recast(SalesRejection.CONCURRENT_UPDATE, SalesRejection.VERSION_MISMATCH) : saved;
    }
}
