package app.marquee.application.identity.port.out;

/** A list of passwords attackers try first. */
public interface CommonPasswordsPort {
    /** @param lowerCased the candidate, lower-cased */
    boolean isCommon(String lowerCased);
}
