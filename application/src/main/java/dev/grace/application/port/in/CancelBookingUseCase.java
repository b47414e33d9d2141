package dev.grace.application.port.in;

import dev.grace.domain.Booking;

public interface CancelBookingUseCase {
    /** @throws dev.grace.domain.RuleViolationException unknown_booking */
    Booking cancelBooking(CancelBookingCommand command);
}
