package app.marquee.application.sales.refund.service;

import app.marquee.application.sales.refund.DueRefund;
import app.marquee.application.sales.refund.port.in.SendRefundsUseCase;
import app.marquee.application.sales.refund.port.out.RefundsPort;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The refund dispatcher's round: claims a batch of due PENDING refunds (its own short transaction,
 * leasing them for {@link #LEASE} so another instance skips them), then asks the provider for each
 * outside any transaction ({@link RefundSender}).
 */
@Singleton
public class SendRefundsService implements SendRefundsUseCase {
    static final Duration LEASE = Duration.ofMinutes(5);
    private final RefundsPort refunds;
    private final RefundSender sender;
    private final Clock clock;

    public SendRefundsService(RefundsPort refunds, RefundSender sender, Clock clock) {
        this.refunds = refunds;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public int sendNextBatch() {
        Instant now = clock.instant();
        List<DueRefund> due = refunds.claimDue(now, now.plus(LEASE), BATCH);
        due.forEach(sender::send);
        return due.size();
    }
}
