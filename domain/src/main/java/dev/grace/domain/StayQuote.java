package dev.grace.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The answer to "what can I book for this stay": one quote per room type that fits, ordered by total
 * (numerically), then by room type code (ASCII).
 */
public record StayQuote(Stay stay, int guests, List<RateQuote> quotes) {
    /** Cheapest first; equal totals by code, so the order never depends on how the quotes were found. */
    public static final Comparator<RateQuote> ORDER = Comparator
            .comparing((RateQuote quote) -> quote.total().amount())
            .thenComparing(quote -> quote.roomType().code());

    public StayQuote {
        Objects.requireNonNull(stay, "stay");
        quotes = quotes.stream().sorted(ORDER).toList();
    }

    public int nights() {
        return stay.nights();
    }
}
