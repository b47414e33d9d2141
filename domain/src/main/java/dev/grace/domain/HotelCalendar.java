package dev.grace.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The hotel's notion of "today": the current date in UTC. The clock's own zone and the JVM's default zone
 * are deliberately ignored, so a server in Kiritimati or Adak agrees with one in London.
 */
public final class HotelCalendar {
    private HotelCalendar() {
    }

    /** Today's date in UTC at the clock's current instant. */
    public static LocalDate today(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
