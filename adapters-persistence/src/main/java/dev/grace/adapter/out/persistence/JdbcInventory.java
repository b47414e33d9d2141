package dev.grace.adapter.out.persistence;

import dev.grace.application.port.out.LoadInventoryPort;
import dev.grace.application.port.out.ReserveInventoryPort;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.Stay;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rooms booked per room type and night, in {@code inventory}.
 *
 * <p>Why this cannot overbook, with any number of instances: a reservation locks the nights' rows
 * ({@code SELECT … FOR UPDATE}) before it looks at them, so two reservations of the same night take turns;
 * the second sees the first's booking. Every transaction locks a room type's rows in date order (and the
 * room type row before them), so two reservations with overlapping stays wait for each other instead of
 * deadlocking. The table's CHECK ({@code booked <= rooms}) is the backstop should this code ever be wrong.
 */
public final class JdbcInventory implements LoadInventoryPort, ReserveInventoryPort {
    private final JdbcClient jdbc;

    public JdbcInventory(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Map<RoomTypeCode, Map<LocalDate, Integer>> bookedRooms(Stay stay) {
        Map<RoomTypeCode, Map<LocalDate, Integer>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT room_type, night, booked FROM inventory
                        WHERE night >= :checkIn AND night < :checkOut AND booked > 0""")
                .param("checkIn", stay.checkIn())
                .param("checkOut", stay.checkOut())
                .query((rs, row) -> {
                    result.computeIfAbsent(new RoomTypeCode(rs.getString("room_type")), code -> new HashMap<>())
                            .put(rs.getObject("night", LocalDate.class), rs.getInt("booked"));
                    return null;
                })
                .list();
        result.replaceAll((code, nights) -> Map.copyOf(nights));
        return Map.copyOf(result);
    }

    /**
     * Takes the room type's row in share mode (so its number of rooms cannot change underneath), makes sure
     * each night has a row, locks the nights in date order, and books them all only if every one has a room
     * left. Run it inside a unit of work: the locks last until it ends.
     */
    @Override
    public boolean reserveRoom(RoomTypeCode roomType, Stay stay) {
        String code = roomType.value();
        Optional<Integer> rooms = jdbc.sql("SELECT rooms FROM room_type WHERE code = :code FOR SHARE")
                .param("code", code)
                .query(Integer.class)
                .optional();
        if (rooms.isEmpty()) {
            return false;
        }
        int nights = stay.nights();
        jdbc.sql("""
                        INSERT INTO inventory (room_type, night, rooms, booked)
                        SELECT :code, CAST(:checkIn AS date) + offset_days, :rooms, 0
                        FROM generate_series(0, :nights - 1) AS offset_days
                        ORDER BY offset_days
                        ON CONFLICT (room_type, night) DO NOTHING""")
                .param("code", code)
                .param("checkIn", stay.checkIn())
                .param("rooms", rooms.get())
                .param("nights", nights)
                .update();
        // Judged against the room type's rooms read under the share lock, not the count copied onto the row:
        // a change of rooms only rewrites the nights from its own "today" on, and another instance's today
        // can be a day behind around midnight UTC. The row is brought up to date as it is booked.
        List<Boolean> roomLeft = jdbc.sql("""
                        SELECT booked < :rooms AS room_left FROM inventory
                        WHERE room_type = :code AND night >= :checkIn AND night < :checkOut
                        ORDER BY night
                        FOR UPDATE""")
                .param("code", code)
                .param("checkIn", stay.checkIn())
                .param("checkOut", stay.checkOut())
                .param("rooms", rooms.get())
                .query(Boolean.class)
                .list();
        if (roomLeft.size() != nights) {
            throw new IllegalStateException("expected " + nights + " inventory rows for " + code + " from "
                    + stay.checkIn() + ", found " + roomLeft.size());
        }
        if (roomLeft.contains(Boolean.FALSE)) {
            return false;
        }
        int booked = jdbc.sql("""
                        UPDATE inventory SET booked = booked + 1, rooms = :rooms
                        WHERE room_type = :code AND night >= :checkIn AND night < :checkOut""")
                .param("code", code)
                .param("rooms", rooms.get())
                .param("checkIn", stay.checkIn())
                .param("checkOut", stay.checkOut())
                .update();
        if (booked != nights) {
            // Cannot happen while the rows are locked; fail rather than commit a partial reservation.
            throw new IllegalStateException("booked " + booked + " of " + nights + " nights for " + code);
        }
        return true;
    }

    /** Gives one room back on each night of the stay; a night with nothing booked stays at zero. */
    @Override
    public void releaseRoom(RoomTypeCode roomType, Stay stay) {
        String code = roomType.value();
        // Lock in date order first, as reservations do, so a cancellation cannot deadlock with a booking.
        jdbc.sql("""
                        SELECT night FROM inventory
                        WHERE room_type = :code AND night >= :checkIn AND night < :checkOut
                        ORDER BY night
                        FOR UPDATE""")
                .param("code", code)
                .param("checkIn", stay.checkIn())
                .param("checkOut", stay.checkOut())
                .query(LocalDate.class)
                .list();
        jdbc.sql("""
                        UPDATE inventory SET booked = booked - 1
                        WHERE room_type = :code AND night >= :checkIn AND night < :checkOut AND booked > 0""")
                .param("code", code)
                .param("checkIn", stay.checkIn())
                .param("checkOut", stay.checkOut())
                .update();
    }
}
