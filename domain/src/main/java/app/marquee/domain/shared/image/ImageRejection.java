package app.marquee.domain.shared.image;

/**
 * Why a picture was refused or is not there, whatever it illustrates (a title, an event). Each
 * name is a stable API error code, the same for every kind of picture.
 */
public enum ImageRejection {
    IMAGE_TOO_LARGE,
    IMAGE_FORMAT_UNSUPPORTED,
    IMAGE_UNREADABLE,
    IMAGE_DIMENSIONS,
    IMAGE_NOT_FOUND
}
