package dev.grace.application.port.out;

import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.Stay;

public interface ReserveInventoryPort {
    /**
     * Take one room of the type on every night of the stay, or none at all. Safe under any concurrency and
     * across instances: no night ever has more rooms booked than the type has.
     *
     * <p>A room type that does not exist has no rooms. Inventory rows for nights nobody booked yet are
     * created as needed; the room type's current {@code rooms} is the limit.
     *
     * @return false when some night has no room left (nothing was taken)
     */
    boolean reserveRoom(RoomTypeCode roomType, Stay stay);

    /** Give back one room on every night of the stay; a night never drops below zero booked. */
    void releaseRoom(RoomTypeCode roomType, Stay stay);
}
