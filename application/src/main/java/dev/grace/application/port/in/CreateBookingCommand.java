package dev.grace.application.port.in;

import java.time.LocalDate;
import java.util.Objects;

/** Book one room ({@code booking.created}). Values as received; the use case checks them in the contract's order. */
public record CreateBookingCommand(
        String reference,
        String roomType,
        LocalDate checkIn,
        LocalDate checkOut,
        int guests,
        String guestName,
        String guestEmail) implements EventCommand {
    public CreateBookingCommand {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(checkOut, "checkOut");
        Objects.requireNonNull(guestName, "guestName");
        Objects.requireNonNull(guestEmail, "guestEmail");
    }
}
