package dev.grace.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The rooms of one type and how many of them are booked on each night. A night nobody booked is absent
 * and has all its rooms.
 */
public record Inventory(int rooms, Map<LocalDate, Integer> booked) {
    public Inventory {
        if (rooms < 0) {
            throw new IllegalArgumentException("rooms cannot be negative");
        }
        booked = Map.copyOf(Objects.requireNonNull(booked, "booked"));
    }

    /** Rooms left on one night; never negative, even if more were booked before the rooms were reduced. */
    public int availableOn(LocalDate night) {
        return Math.max(0, rooms - booked.getOrDefault(night, 0));
    }

    /** The fewest rooms left on any night of the stay: how many more bookings of the whole stay could fit. */
    public int availableFor(Stay stay) {
        int fewest = rooms;
        for (LocalDate night : stay.dates()) {
            fewest = Math.min(fewest, availableOn(night));
        }
        return fewest;
    }
}
