package app.marquee.domain.sales.screening;

/** 2D or 3D; a 3D screening needs a room equipped for it. */
public enum Projection {
    TWO_D,
    THREE_D
}
