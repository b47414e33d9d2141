package dev.grace.application.port.out;

import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import java.util.List;
import java.util.Optional;

public interface LoadRoomTypesPort {
    Optional<RoomType> findRoomType(RoomTypeCode code);

    /** Every room type, ordered by code. */
    List<RoomType> allRoomTypes();
}
