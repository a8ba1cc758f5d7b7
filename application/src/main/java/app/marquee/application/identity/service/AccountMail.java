package app.marquee.application.identity.service;

import app.marquee.application.identity.port.out.AccountTokensPort;
import app.marquee.application.notification.port.out.AppendOutboxPort;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.token.AccountToken;
import app.marquee.domain.identity.token.TokenPurpose;
import app.marquee.domain.notification.MessageData;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.OutboundMessage;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The account e-mails, appended to the outbox in the caller's transaction: a link e-mail issues a
 * fresh token (spending the account's earlier ones of that purpose) and carries it as a secret
 * value ({@code link} and {@code token}: never shown to operators, wiped once sent); a notice
 * (two-factor on or off) says what happened and when.
 */
@Singleton
public class AccountMail {
    private final AccountTokensPort tokens;
    private final AppendOutboxPort outbox;
    private final AccountLinks links;
    private final SecureRandom random = new SecureRandom();

    public AccountMail(AccountTokensPort tokens, AppendOutboxPort outbox, AccountLinks links) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.links = links;
    }

    /** WELCOME or EMAIL_VERIFICATION: a new verification link. */
    void verificationLink(Account account, MessageKind kind, Instant now) {
        AccountToken.Issued issued = AccountToken.issue(TokenPurpose.EMAIL_VERIFICATION, account.id(), now, random);
        link(account, kind, issued, links.verification(issued.secret()), now);
    }

    void passwordResetLink(Account account, Instant now) {
        AccountToken.Issued issued = AccountToken.issue(TokenPurpose.PASSWORD_RESET, account.id(), now, random);
        link(account, MessageKind.PASSWORD_RESET, issued, links.passwordReset(issued.secret()), now);
    }

    /** TWO_FACTOR_ENABLED or TWO_FACTOR_DISABLED. */
    void notice(Account account, MessageKind kind, Instant now) {
        append(account, kind, MessageData.of(Map.of("displayName", account.displayName().value(),
                "at", now.toString())), now);
    }

    private void link(Account account, MessageKind kind, AccountToken.Issued issued, String link, Instant now) {
        tokens.issue(issued.token());
        MessageData data = MessageData.of(Map.of("displayName", account.displayName().value(),
                        "expiresAt", issued.token().expiresAt().toString()))
                .withSecret("link", link)
                .withSecret("token", issued.secret());
        append(account, kind, data, now);
    }

    private void append(Account account, MessageKind kind, MessageData data, Instant now) {
        outbox.append(List.of(OutboundMessage.email(kind, account.id(), account.email(), account.language(), data)),
                now);
    }
}
