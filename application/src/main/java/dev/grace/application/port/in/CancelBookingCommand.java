package dev.grace.application.port.in;

import java.util.Objects;

/** Cancel a booking ({@code booking.cancelled}); cancelling a cancelled booking changes nothing. */
public record CancelBookingCommand(String reference) implements EventCommand {
    public CancelBookingCommand {
        Objects.requireNonNull(reference, "reference");
    }
}
