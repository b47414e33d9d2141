package dev.grace.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** The nights from check-in up to (not including) check-out. Check-out is always after check-in. */
public record Stay(LocalDate checkIn, LocalDate checkOut) {
    public Stay {
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(checkOut, "checkOut");
        if (!checkOut.isAfter(checkIn)) {
            throw new IllegalArgumentException("check-out must be after check-in");
        }
    }

    public int nights() {
        return Math.toIntExact(ChronoUnit.DAYS.between(checkIn, checkOut));
    }

    /** Each night of the stay, in date order. */
    public List<LocalDate> dates() {
        return checkIn.datesUntil(checkOut).toList();
    }
}
