package dev.grace.application.service;

import dev.grace.application.port.in.ListRoomTypesUseCase;
import dev.grace.application.port.in.UpsertRoomTypeCommand;
import dev.grace.application.port.in.UpsertRoomTypeUseCase;
import dev.grace.application.port.out.LoadRoomTypesPort;
import dev.grace.application.port.out.SaveRoomTypePort;
import dev.grace.application.port.out.UnitOfWork;
import dev.grace.domain.HotelCalendar;
import dev.grace.domain.RoomType;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Lists room types and creates or changes them ({@code room_type.upserted}). */
public final class RoomTypeService implements ListRoomTypesUseCase, UpsertRoomTypeUseCase {
    private final LoadRoomTypesPort roomTypes;
    private final SaveRoomTypePort saveRoomType;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RoomTypeService(LoadRoomTypesPort roomTypes, SaveRoomTypePort saveRoomType, UnitOfWork unitOfWork,
            Clock clock) {
        this.roomTypes = Objects.requireNonNull(roomTypes, "roomTypes");
        this.saveRoomType = Objects.requireNonNull(saveRoomType, "saveRoomType");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<RoomType> listRoomTypes() {
        return unitOfWork.inTransaction(roomTypes::allRoomTypes);
    }

    @Override
    public RoomType upsertRoomType(UpsertRoomTypeCommand command) {
        RoomType roomType = RoomType.of(command.code(), command.name(), command.maxGuests(), command.rooms());
        return unitOfWork.inTransaction(() -> {
            // The port checks the rooms against the bookings: only it can do so safely under concurrency.
            saveRoomType.saveRoomType(roomType, HotelCalendar.today(clock));
            return roomType;
        });
    }
}
