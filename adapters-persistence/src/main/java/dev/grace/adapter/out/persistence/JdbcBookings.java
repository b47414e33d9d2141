package dev.grace.adapter.out.persistence;

import dev.grace.application.port.out.LoadBookingPort;
import dev.grace.application.port.out.SaveBookingPort;
import dev.grace.domain.Booking;
import dev.grace.domain.BookingReference;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bookings in {@code booking}; the primary key on the reference is what makes references unique. */
public final class JdbcBookings implements LoadBookingPort, SaveBookingPort {
    private static final String COLUMNS = "reference, status, room_type, check_in, check_out, guests, guest_name,"
            + " guest_email, total, currency, created_at, cancelled_at";

    private final JdbcClient jdbc;

    public JdbcBookings(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<Booking> findBookingForUpdate(BookingReference reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM booking WHERE reference = :reference FOR UPDATE")
                .param("reference", reference.value())
                .query(Rows.BookingRow::read)
                .optional()
                .map(RowMapping.INSTANCE::booking);
    }

    /**
     * A concurrent insert of the same reference waits on the primary key until the first commits, then
     * inserts nothing: exactly one of them gets true.
     */
    @Override
    public boolean insertBooking(Booking booking) {
        Rows.BookingRow row = RowMapping.INSTANCE.bookingRow(booking);
        return jdbc.sql("INSERT INTO booking (" + COLUMNS + ") VALUES (:reference, :status, :roomType, :checkIn,"
                        + " :checkOut, :guests, :guestName, :guestEmail, :total, :currency, :createdAt, :cancelledAt)"
                        + " ON CONFLICT (reference) DO NOTHING")
                .param("reference", row.reference())
                .param("status", row.status())
                .param("roomType", row.roomType())
                .param("checkIn", row.checkIn())
                .param("checkOut", row.checkOut())
                .param("guests", row.guests())
                .param("guestName", row.guestName())
                .param("guestEmail", row.guestEmail())
                .param("total", row.total())
                .param("currency", row.currency())
                .param("createdAt", Rows.timestamp(row.createdAt()))
                .param("cancelledAt", Rows.timestamp(row.cancelledAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .update() == 1;
    }

    /** @throws IllegalStateException when no booking has this reference */
    @Override
    public void updateBooking(Booking booking) {
        Rows.BookingRow row = RowMapping.INSTANCE.bookingRow(booking);
        int updated = jdbc.sql("UPDATE booking SET status = :status, cancelled_at = :cancelledAt"
                        + " WHERE reference = :reference")
                .param("reference", row.reference())
                .param("status", row.status())
                .param("cancelledAt", Rows.timestamp(row.cancelledAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no booking " + booking.reference() + " to update");
        }
    }
}
