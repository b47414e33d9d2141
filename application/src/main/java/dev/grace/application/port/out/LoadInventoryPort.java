package dev.grace.application.port.out;

import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.Stay;
import java.time.LocalDate;
import java.util.Map;

public interface LoadInventoryPort {
    /**
     * Rooms booked per night of the stay, per room type. A night nobody booked may be absent (it counts as 0).
     */
    Map<RoomTypeCode, Map<LocalDate, Integer>> bookedRooms(Stay stay);
}
