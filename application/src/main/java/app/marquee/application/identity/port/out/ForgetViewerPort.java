package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.AccountId;

/**
 * Erases what a person left behind as a viewer when their account is anonymised (GDPR article
 * 17): favorites, likes and dislikes, reviews (public ones too: they carry the person's words,
 * and the titles' averages and counts change with them), playlists with their items, and the
 * watch history. Called inside the anonymisation's transaction, so an account is never
 * anonymised with its library left, nor its library erased while the account stays as it was.
 * Nobody else's entries are touched; the catalog's titles stay, even those nobody refers to now.
 */
public interface ForgetViewerPort {
    void forget(AccountId account);
}
