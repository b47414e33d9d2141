package dev.grace.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The price of one room of a type for one night. */
public record NightlyRate(LocalDate date, Money price) {
    public NightlyRate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(price, "price");
    }
}
