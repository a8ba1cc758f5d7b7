package app.marquee.domain.sales.venue;

import java.util.List;

/** A seat map as an operator sends it: sections in compact layouts, and general-admission areas. */
public record SeatMapPlan(List<SeatLayout> sections, List<AreaPlan> areas) {

    public SeatMapPlan {
        sections = List.copyOf(sections);
        areas = List.copyOf(areas);
    }

    /** An area to be, before it has an id. */
    public record AreaPlan(String name, int capacity) {
        public AreaPlan {
            name = Address.text(name, 1, Area.MAX_NAME_LENGTH, "area name");
            if (capacity < 1) {
                throw new IllegalArgumentException("an area holds at least one place");
            }
        }
    }
}
