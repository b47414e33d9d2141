package dev.grace.application.port.in;

import dev.grace.domain.Booking;

public interface CreateBookingUseCase {
    /**
     * @throws dev.grace.domain.RuleViolationException unknown_room_type; the stay rules, invalid_reference,
     *     invalid_guests, invalid_guest_details, no_rate; duplicate_reference, sold_out
     */
    Booking createBooking(CreateBookingCommand command);
}
