package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.SignInUseCase.SignInResult;
import app.marquee.application.identity.port.out.LoadTwoFactorPort;
import app.marquee.application.identity.port.out.SignInChallengesPort;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.twofactor.SignInChallenge;
import app.marquee.domain.identity.twofactor.TwoFactor;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

/** After a right password: an account with two-factor on gets a challenge to answer instead of a session. */
@Singleton
public class SecondFactorGate {
    private final LoadTwoFactorPort twoFactors;
    private final SignInChallengesPort challenges;
    private final SecureRandom random = new SecureRandom();

    public SecondFactorGate(LoadTwoFactorPort twoFactors, SignInChallengesPort challenges) {
        this.twoFactors = twoFactors;
        this.challenges = challenges;
    }

    /** A challenge stored for the account when its second factor is on; empty when a session may open. */
    Optional<SignInResult> challenge(Account account, Instant now) {
        if (twoFactors.byAccount(account.id()).filter(TwoFactor::isEnabled).isEmpty()) {
            return Optional.empty();
        }
        SignInChallenge.Issued issued = SignInChallenge.issue(account.id(), now, random);
        challenges.add(issued.challenge());
        return Optional.of(new SignInResult.TwoFactorRequired(issued.secret(), issued.challenge().expiresAt()));
    }
}
