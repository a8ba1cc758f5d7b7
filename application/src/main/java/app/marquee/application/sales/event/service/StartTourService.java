package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.StartTourUseCase;
import app.marquee.application.sales.event.port.out.SaveTourPort;
import app.marquee.domain.sales.event.Tour;
import jakarta.inject.Singleton;

@Singleton
public class StartTourService implements StartTourUseCase {
    private final SaveTourPort save;

    public StartTourService(SaveTourPort save) {
        this.save = save;
    }

    @Override
    public Tour start(Command command) {
        return save.add(Tour.start(command.name(), command.owner()));
    }
}
