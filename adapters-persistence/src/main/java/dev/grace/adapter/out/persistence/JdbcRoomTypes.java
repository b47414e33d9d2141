package dev.grace.adapter.out.persistence;

import dev.grace.application.port.out.LoadRoomTypesPort;
import dev.grace.application.port.out.SaveRoomTypePort;
import dev.grace.domain.ErrorCode;
import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Room types in {@code room_type}; a change of rooms is carried onto the future nights of {@code inventory}. */
public final class JdbcRoomTypes implements LoadRoomTypesPort, SaveRoomTypePort {
    private final JdbcClient jdbc;

    public JdbcRoomTypes(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<RoomType> findRoomType(RoomTypeCode code) {
        return jdbc.sql("SELECT code, name, max_guests, rooms FROM room_type WHERE code = :code")
                .param("code", code.value())
                .query(Rows.RoomTypeRow::read)
                .optional()
                .map(RowMapping.INSTANCE::roomType);
    }

    /** Ordered by code as ASCII bytes ({@code COLLATE "C"}), whatever the database's collation. */
    @Override
    public List<RoomType> allRoomTypes() {
        return jdbc.sql("SELECT code, name, max_guests, rooms FROM room_type ORDER BY code COLLATE \"C\"")
                .query(Rows.RoomTypeRow::read)
                .list().stream()
                .map(RowMapping.INSTANCE::roomType)
                .toList();
    }

    /**
     * Locks the room type row first (the lock every reservation takes in share mode before touching its
     * nights), then every inventory row from {@code today} on in date order, so no booking can slip in
     * between the check and the change. Nothing is written when the check fails.
     */
    @Override
    public void saveRoomType(RoomType roomType, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String code = roomType.code().value();
        int created = jdbc.sql("""
                        INSERT INTO room_type (code, name, max_guests, rooms)
                        VALUES (:code, :name, :maxGuests, :rooms)
                        ON CONFLICT (code) DO NOTHING""")
                .param("code", code)
                .param("name", roomType.name())
                .param("maxGuests", roomType.maxGuests())
                .param("rooms", roomType.rooms())
                .update();
        if (created == 1) {
            return;
        }
        jdbc.sql("SELECT code FROM room_type WHERE code = :code FOR NO KEY UPDATE")
                .param("code", code)
                .query(String.class)
                .single();
        List<NightBooked> nights = jdbc.sql("""
                        SELECT night, booked FROM inventory
                        WHERE room_type = :code AND night >= :today
                        ORDER BY night
                        FOR UPDATE""")
                .param("code", code)
                .param("today", today)
                .query((rs, row) -> new NightBooked(rs.getObject("night", LocalDate.class), rs.getInt("booked")))
                .list();
        // The fullest night is named, so the sender learns in one answer how many rooms are needed.
        NightBooked fullest = null;
        for (NightBooked night : nights) {
            if (fullest == null || night.booked() > fullest.booked()) {
                fullest = night;
            }
        }
        if (fullest != null && fullest.booked() > roomType.rooms()) {
            throw new RuleViolationException(ErrorCode.INVENTORY_BELOW_BOOKINGS, "rooms",
                    "room type " + code + " cannot drop to " + roomType.rooms() + " rooms: " + fullest.booked()
                            + " are booked on the night of " + fullest.night() + ", so keep at least "
                            + fullest.booked() + " rooms or cancel bookings first");
        }
        jdbc.sql("UPDATE room_type SET name = :name, max_guests = :maxGuests, rooms = :rooms WHERE code = :code")
                .param("code", code)
                .param("name", roomType.name())
                .param("maxGuests", roomType.maxGuests())
                .param("rooms", roomType.rooms())
                .update();
        jdbc.sql("UPDATE inventory SET rooms = :rooms WHERE room_type = :code AND night >= :today")
                .param("code", code)
                .param("rooms", roomType.rooms())
                .param("today", today)
                .update();
    }

    private record NightBooked(LocalDate night, int booked) {
    }
}
