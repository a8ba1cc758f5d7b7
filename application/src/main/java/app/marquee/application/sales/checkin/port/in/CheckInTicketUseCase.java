package app.marquee.application.sales.checkin.port.in;

import app.marquee.application.sales.checkin.DoorVerdict;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * The door scans a ticket code for a show. Only the organiser of the show's event (or an ADMIN)
 * may check in its tickets; anyone else is told SHOW_NOT_FOUND. A screening belongs to the box
 * office: any OPERATOR or ADMIN may. Every scan is answered with a verdict (see {@code CheckIn}):
 * a refusal at the door is a verdict, not an error. VALID records the entry once, whatever the
 * number of doors scanning the same ticket at the same moment.
 */
public interface CheckInTicketUseCase {
    Outcome<DoorVerdict> checkIn(Command command);

    /** {@code presenterAccount} or {@code presenterEmail} (at most one): who presents the ticket, when the staff say. */
    record Command(ShowId show, String code, Editor doorman, Optional<AccountId> presenterAccount,
                   Optional<EmailAddress> presenterEmail) {
        public Command {
            Objects.requireNonNull(show, "show");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(doorman, "doorman");
            Objects.requireNonNull(presenterAccount, "presenterAccount");
            Objects.requireNonNull(presenterEmail, "presenterEmail");
            if (presenterAccount.isPresent() && presenterEmail.isPresent()) {
                throw new IllegalArgumentException("the presenter is named by account or by e-mail, not both");
            }
        }
    }
}
