package app.marquee.domain.catalog.title;

/** What a person did on a title. Only actors play a character. */
public enum CreditRole {
    DIRECTOR, WRITER, ACTOR
}
