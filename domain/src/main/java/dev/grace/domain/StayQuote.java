package dev.grace.domain;

import java.util.List;
import java.util.Objects;

/** The answer to "what can I book for this stay": one quote per room type that fits, cheapest first. */
public record StayQuote(Stay stay, int guests, List<RateQuote> quotes) {
    public StayQuote {
        Objects.requireNonNull(stay, "stay");
        quotes = List.copyOf(quotes);
    }
}
