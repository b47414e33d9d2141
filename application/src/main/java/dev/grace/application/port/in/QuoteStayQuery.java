package dev.grace.application.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for prices. Shape is checked here; the date and guest rules (which need today's date) are
 * checked by the use case, in the contract's order.
 *
 * @param roomType an optional filter, as given; a code that is not well-formed matches nothing
 */
public record QuoteStayQuery(LocalDate checkIn, LocalDate checkOut, int guests, Optional<String> roomType) {
    public QuoteStayQuery {
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(checkOut, "checkOut");
        Objects.requireNonNull(roomType, "roomType");
    }
}
