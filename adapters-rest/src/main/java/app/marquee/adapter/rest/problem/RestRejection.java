package app.marquee.adapter.rest.problem;

/** Refusals decided at the HTTP edge, before any use case runs. */
public enum RestRejection {
    INVALID_VALUE,
    INVALID_CURSOR
}
