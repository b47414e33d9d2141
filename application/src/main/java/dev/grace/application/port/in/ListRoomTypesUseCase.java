package dev.grace.application.port.in;

import dev.grace.domain.RoomType;
import java.util.List;

/** The hotel's room types, ordered by code. */
public interface ListRoomTypesUseCase {
    List<RoomType> listRoomTypes();
}
