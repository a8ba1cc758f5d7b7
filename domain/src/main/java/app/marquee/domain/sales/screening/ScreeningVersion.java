package app.marquee.domain.sales.screening;

/** The language a film is shown in: dubbed in French (VF), original with French subtitles (VOSTFR), original (VO). */
public enum ScreeningVersion {
    VF,
    VOSTFR,
    VO
}
