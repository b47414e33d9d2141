package dev.grace.application.port.out;

import dev.grace.domain.Booking;

public interface SaveBookingPort {
    /** @return false when a booking with this reference exists already (nothing was written) */
    boolean insertBooking(Booking booking);

    /** Store a changed booking (its status and cancellation time). */
    void updateBooking(Booking booking);
}
