package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.AttachTitleImageUseCase;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SaveTitlePort;
import app.marquee.application.shared.image.Pictures;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.image.ImageRef;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The bytes pass {@link Pictures}' first checks, then the title is read (an unknown title or a
 * stale If-Match costs no decode), then the picture is decoded, checked against the slot and
 * stored, and the title points at it, saved at the version read, so a title changed meanwhile is
 * refused as by every other title edit. Decoding is slow, so none of it runs in a transaction.
 */
@Singleton
public class AttachTitleImageService implements AttachTitleImageUseCase {
    private final VersionedTitles titles;
    private final Pictures pictures;
    private final Clock clock;

    public AttachTitleImageService(LoadTitlePort load, SaveTitlePort save, Pictures pictures, Clock clock) {
        this.titles = new VersionedTitles(load, save);
        this.pictures = pictures;
        this.clock = clock;
    }

    @Override
    public Outcome<Title> attach(Command command) {
        return pictures.receive(command.bytes()).flatMap(upload -> titles.load(command.id(), command.expectedVersion())
                .flatMap(title -> pictures.keep(upload, command.slot()).flatMap(image -> show(title, command, image))));
    }

    private Outcome<Title> show(Title title, Command command, ImageRef image) {
        return title.show(command.slot(), image, clock.instant())
                .flatMap(shown -> titles.save(shown, command.expectedVersion()));
    }
}
