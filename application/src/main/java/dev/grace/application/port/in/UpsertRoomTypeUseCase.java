package dev.grace.application.port.in;

import dev.grace.domain.RoomType;

public interface UpsertRoomTypeUseCase {
    /**
     * @throws dev.grace.domain.RuleViolationException {@code invalid_room_type}, or
     *     {@code inventory_below_bookings} when rooms would drop below what is booked on a night from today on
     */
    RoomType upsertRoomType(UpsertRoomTypeCommand command);
}
