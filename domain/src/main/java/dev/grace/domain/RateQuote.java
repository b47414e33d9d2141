package dev.grace.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What one room type costs for a stay, night by night, and how many rooms are left on its fullest night. */
public record RateQuote(RoomType roomType, int available, Money total, List<NightlyRate> nightly) {
    public RateQuote {
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(total, "total");
        nightly = List.copyOf(nightly);
        if (available < 0) {
            throw new IllegalArgumentException("available cannot be negative");
        }
    }

    /**
     * The quote for a room type, or empty when it cannot be sold for the stay: a night without a rate or
     * nights in more than one currency. A sold-out room type is still quoted, with {@code available} 0.
     *
     * @param rates the room type's rates around the stay
     * @param booked rooms of the type booked per night (absent = none)
     */
    public static Optional<RateQuote> of(RoomType roomType, Stay stay, Collection<NightlyRate> rates,
            Map<LocalDate, Integer> booked) {
        int available = new Inventory(roomType.rooms(), booked).availableFor(stay);
        return StayPrice.of(stay, rates)
                .map(price -> new RateQuote(roomType, available, price.total(), price.nightly()));
    }
}
