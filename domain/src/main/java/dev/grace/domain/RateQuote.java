package dev.grace.domain;

import java.util.List;
import java.util.Objects;

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
}
