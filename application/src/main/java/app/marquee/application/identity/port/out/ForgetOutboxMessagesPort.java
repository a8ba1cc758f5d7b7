package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.AccountId;

/**
 * Deletes every outbox message about an account when it is anonymised (GDPR article 17): a message
 * keeps the recipient's address or number, their name and what they bought, long after it was
 * sent. Called inside the anonymisation's transaction, so the account and its messages go
 * together; a message a dispatcher is sending at that moment simply finds no row to record its
 * outcome on. Nobody else's messages are touched.
 */
public interface ForgetOutboxMessagesPort {
    void forgetMessagesOf(AccountId account);
}
