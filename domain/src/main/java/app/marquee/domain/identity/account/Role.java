package app.marquee.domain.identity.account;

/**
 * What an account may do. ADMIN runs the platform; OPERATOR organises events and runs cinemas;
 * USER (the default) browses, buys and watches.
 */
public enum Role {
    ADMIN, OPERATOR, USER
}
