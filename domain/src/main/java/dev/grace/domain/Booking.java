package dev.grace.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One room of a type for a stay, at a price fixed when it was made. A cancelled booking keeps its price
 * and gains {@code cancelledAt}. Both instants are kept in whole seconds, so a booking reads back from any
 * store exactly as it was answered when made.
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
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.SECONDS);
        cancelledAt = cancelledAt == null ? null : cancelledAt.truncatedTo(ChronoUnit.SECONDS);
        if ((status == BookingStatus.CANCELLED) != (cancelledAt != null)) {
            throw new IllegalArgumentException("cancelledAt is set exactly when the booking is cancelled");
        }
        if (guests < 1 || guests > RoomType.MAX_GUESTS) {
            throw new IllegalArgumentException("guests must be 1-20");
        }
    }

    /** A new, confirmed booking; its total is the price of the stay at this moment and never changes. */
    public static Booking confirm(BookingReference reference, RoomTypeCode roomType, Stay stay, int guests,
            Guest guest, StayPrice price, Instant createdAt) {
        return new Booking(reference, BookingStatus.CONFIRMED, roomType, stay, guests, guest, price.total(),
                createdAt, null);
    }

    /**
     * This booking cancelled at the given instant. Cancelling a cancelled booking returns it unchanged (its
     * first cancellation time stays), so a repeated cancellation is harmless.
     */
    public Booking cancel(Instant at) {
        Objects.requireNonNull(at, "at");
        if (isCancelled()) {
            return this;
        }
        return new Booking(reference, BookingStatus.CANCELLED, roomType, stay, guests, guest, total, createdAt, at);
    }

    public boolean isCancelled() {
        return status == BookingStatus.CANCELLED;
    }

    public int nights() {
        return stay.nights();
    }
}
