package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.EnrolTwoFactorUseCase;
import app.marquee.application.identity.port.in.TwoFactorEnrolment;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.LoadTwoFactorPort;
import app.marquee.application.identity.port.out.SaveTwoFactorPort;
import app.marquee.application.identity.port.out.TotpPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.twofactor.TwoFactor;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

@Singleton
public class EnrolTwoFactorService implements EnrolTwoFactorUseCase {
    private final LoadAccountPort accounts;
    private final LoadTwoFactorPort twoFactors;
    private final SaveTwoFactorPort saveTwoFactor;
    private final TotpPort totp;
    private final Clock clock;

    public EnrolTwoFactorService(LoadAccountPort accounts, LoadTwoFactorPort twoFactors, SaveTwoFactorPort saveTwoFactor,
                                 TotpPort totp, Clock clock) {
        this.accounts = accounts;
        this.twoFactors = twoFactors;
        this.saveTwoFactor = saveTwoFactor;
        this.totp = totp;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<TwoFactorEnrolment> enrol(AccountId id) {
        Optional<Account> account = accounts.byId(id);
        if (account.isEmpty()) {
            return Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND);
        }
        if (twoFactors.lockByAccount(id).filter(TwoFactor::isEnabled).isPresent()) {
            return Outcome.rejected(IdentityRejection.TWO_FACTOR_ALREADY_ENABLED);
        }
        TotpPort.NewSecret secret = totp.newSecret(id, account.get().email());
        saveTwoFactor.save(TwoFactor.enrol(id, secret.sealed(), clock.instant()));
        return Outcome.accepted(new TwoFactorEnrolment(secret.base32(), secret.otpauthUri()));
    }
}
