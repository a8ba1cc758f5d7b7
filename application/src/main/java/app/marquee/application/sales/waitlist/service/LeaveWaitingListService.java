package app.marquee.application.sales.waitlist.service;

import app.marquee.application.sales.hold.port.out.LoadHoldPort;
import app.marquee.application.sales.hold.port.out.ReleaseHoldPort;
import app.marquee.application.sales.waitlist.port.in.LeaveWaitingListUseCase;
import app.marquee.application.sales.waitlist.port.out.WaitingListsPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.waitlist.EntryState;
import app.marquee.domain.sales.waitlist.WaitingEntry;
import app.marquee.domain.sales.waitlist.WaitingList;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Leaves under the line's lock, in one transaction: the entry is LEFT, an offer's hold is released
 * (if still live), and what it gave back is offered to the next in line at once.
 */
@Singleton
public class LeaveWaitingListService implements LeaveWaitingListUseCase {
    private final WaitingListsPort lines;
    private final LoadHoldPort holds;
    private final ReleaseHoldPort release;
    private final WaitingLineServer server;
    private final Clock clock;

    public LeaveWaitingListService(WaitingListsPort lines, LoadHoldPort holds, ReleaseHoldPort release,
                                   WaitingLineServer server, Clock clock) {
        this.lines = lines;
        this.holds = holds;
        this.release = release;
        this.server = server;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<WaitingEntry> leave(ShowId show, AccountId entrant) {
        Instant now = clock.instant();
        WaitingList list = lines.lockLine(show);
        Optional<WaitingEntry> open = list.openEntry(entrant);
        return list.leave(entrant).map(left -> {
            lines.update(show, left, Optional.empty(), now);
            if (open.map(WaitingEntry::state).orElse(null) == EntryState.OFFERED) {
                lines.latestOf(show, entrant).flatMap(WaitingListsPort.StoredEntry::offerHold).flatMap(holds::byId)
                        .filter(hold -> hold.isLiveAt(now))
                        .ifPresent(hold -> hold.release().flatMap(released -> release.release(released, now)));
                server.offer(list, show, now);
            }
            return left;
        });
    }
}
