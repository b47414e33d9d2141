package dev.grace.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One room of a type for a stay, at a price fixed when it was made. A cancelled booking keeps its price
 * and gains {@code cancelledAt}.
 */
public record Booking(
        BookingReference reference,
        BookingStatus status,
        RoomTypeCode roomType,
        Stay stay,
        int guests,
        Guest guest,
        Money total,
        Instant createdAt,
        Instant cancelledAt) {

    public Booking {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(guest, "guest");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((status == BookingStatus.CANCELLED) != (cancelledAt != null)) {
            throw new IllegalArgumentException("cancelledAt is set exactly when the booking is cancelled");
        }
    }
}
