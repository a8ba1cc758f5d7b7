package app.marquee.application.identity.port.in;

/** The scheduled clean-up: anonymises closed accounts whose grace period is over. */
public interface AnonymiseClosedAccountsUseCase {
    /** @return how many accounts were anonymised in this run */
    int anonymiseDue();
}
