package dev.grace.application.port.out;

import dev.grace.domain.Booking;
import dev.grace.domain.BookingReference;
import java.util.Optional;

public interface LoadBookingPort {
    /**
     * The booking, locked against concurrent change until the unit of work ends. References are case-sensitive.
     */
    Optional<Booking> findBookingForUpdate(BookingReference reference);
}
