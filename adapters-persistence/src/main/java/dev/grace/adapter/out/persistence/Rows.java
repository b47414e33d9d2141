package dev.grace.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Table rows as read by the adapters, before {@link RowMapping} turns them into the domain. */
final class Rows {
    private Rows() {
    }

    record RoomTypeRow(String code, String name, int maxGuests, int rooms) {
        static RoomTypeRow read(ResultSet rs, int row) throws SQLException {
            return new RoomTypeRow(rs.getString("code"), rs.getString("name"), rs.getInt("max_guests"),
                    rs.getInt("rooms"));
        }
    }

    record RateRow(String roomType, LocalDate night, BigDecimal price, String currency) {
        static RateRow read(ResultSet rs, int row) throws SQLException {
            return new RateRow(rs.getString("room_type"), rs.getObject("night", LocalDate.class),
                    rs.getBigDecimal("price"), rs.getString("currency"));
        }
    }

    record BookingRow(
            String reference,
            String status,
            String roomType,
            LocalDate checkIn,
            LocalDate checkOut,
            int guests,
            String guestName,
            String guestEmail,
            BigDecimal total,
            String currency,
            Instant createdAt,
            Instant cancelledAt) {

        static BookingRow read(ResultSet rs, int row) throws SQLException {
            return new BookingRow(rs.getString("reference"), rs.getString("status"), rs.getString("room_type"),
                    rs.getObject("check_in", LocalDate.class), rs.getObject("check_out", LocalDate.class),
                    rs.getInt("guests"), rs.getString("guest_name"), rs.getString("guest_email"),
                    rs.getBigDecimal("total"), rs.getString("currency"), instant(rs, "created_at"),
                    instant(rs, "cancelled_at"));
        }
    }

    /** pgjdbc reads and writes {@code timestamptz} as {@link OffsetDateTime}, not as {@link Instant}. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
