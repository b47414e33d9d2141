package dev.grace.application.port.out;

import dev.grace.domain.RoomType;
import java.time.LocalDate;

public interface SaveRoomTypePort {
    /**
     * Create or replace the room type. Implementations must make the change of {@code rooms} safe against
     * concurrent bookings: it fails with {@code inventory_below_bookings} when the new number of rooms is
     * below what is already booked on a night from {@code today} on.
     *
     * @throws dev.grace.domain.RuleViolationException inventory_below_bookings
     */
    void saveRoomType(RoomType roomType, LocalDate today);
}
