package app.marquee.application.identity.port.in;

/**
 * Forgets what the account-security routes no longer need, of every account at once, away from
 * any request: mailed tokens a week past expiry, e-mail requests a day old (far beyond any limit's
 * window) and sign-in challenges a day past expiry. Run by a job, so a request does the same work
 * whoever it names.
 */
public interface PurgeAccountRecordsUseCase {
    /** How many rows were forgotten. */
    int purge();
}
