package app.marquee.application.sales.waitlist.service;

import app.marquee.application.sales.hold.port.out.LoadHoldPort;
import app.marquee.application.sales.waitlist.WaitingEntryView;
import app.marquee.application.sales.waitlist.port.in.MyWaitingEntryQuery;
import app.marquee.application.sales.waitlist.port.out.WaitingListsPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.waitlist.EntryState;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.OptionalInt;

/** The caller's latest entry: their position from the line as it stands, their offer's hold while OFFERED. */
@Singleton
public class MyWaitingEntryService implements MyWaitingEntryQuery {
    private final WaitingListsPort lines;
    private final LoadHoldPort holds;

    public MyWaitingEntryService(WaitingListsPort lines, LoadHoldPort holds) {
        this.lines = lines;
        this.holds = holds;
    }

    @Override
    public Outcome<WaitingEntryView> mine(ShowId show, AccountId entrant) {
        return lines.latestOf(show, entrant).map(stored -> {
            OptionalInt position = stored.entry().state() == EntryState.WAITING
                    ? lines.line(show).positionOf(entrant) : OptionalInt.empty();
            return Outcome.accepted(new WaitingEntryView(stored.entry(), position,
                    stored.entry().state() == EntryState.OFFERED ? stored.offerHold().flatMap(holds::byId)
                            : Optional.empty()));
        }).orElse(Outcome.rejected(SalesRejection.NOT_ON_WAITING_LIST));
    }
}
