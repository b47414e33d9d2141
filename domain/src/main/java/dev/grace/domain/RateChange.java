package dev.grace.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A new price for every night of a room type in [from, to), checked against the hotel's rate rules. */
public record RateChange(RoomTypeCode roomType, LocalDate from, LocalDate to, Money price) {
    /** The most nights one change may cover. */
    public static final int MAX_NIGHTS = 366;

    public RateChange {
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(price, "price");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_NIGHTS) {
            throw new IllegalArgumentException("a rate change covers at most 366 nights");
        }
    }

    /**
     * A rate change from values as received. Checks, listing every broken rule: {@code invalid_rate} for
     * from ≥ to, more than 366 nights, a bad price, a currency that is not ISO 4217 with two minor digits or
     * that differs from the room type's rates from today on; then {@code rates_in_past} for a {@code from}
     * before today.
     *
     * @param currenciesFromToday the currencies of the room type's rates on nights from today on
     * @param today today's date in UTC
     * @throws RuleViolationException when any rule is broken
     */
    public static RateChange of(RoomTypeCode roomType, LocalDate from, LocalDate to, BigDecimal price,
            String currencyCode, Set<Currency> currenciesFromToday, LocalDate today) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(today, "today");
        Violations violations = new Violations();
        if (!from.isBefore(to)) {
            violations.add(ErrorCode.INVALID_RATE, "to",
                    "to " + to + " must be after from " + from + " (the range [from, to) holds at least one night)");
        } else if (ChronoUnit.DAYS.between(from, to) > MAX_NIGHTS) {
            violations.add(ErrorCode.INVALID_RATE, "to", "the range from " + from + " to " + to + " covers "
                    + ChronoUnit.DAYS.between(from, to) + " nights; at most " + MAX_NIGHTS
                    + " are allowed in one update, so split it");
        }
        if (!Money.isValidPrice(price)) {
            violations.add(ErrorCode.INVALID_RATE, "price",
                    "price must be between 0 and " + Money.MAX_PRICE.toPlainString()
                            + " with at most 2 decimal places");
        }
        Optional<Currency> currency = Money.currencyOf(currencyCode);
        if (currency.isEmpty()) {
            violations.add(ErrorCode.INVALID_RATE, "currency",
                    "currency must be an ISO 4217 code with 2 minor digits, such as EUR or USD");
        } else if (!currenciesFromToday.isEmpty() && !Set.of(currency.get()).equals(currenciesFromToday)) {
            violations.add(ErrorCode.INVALID_RATE, "currency", "room type " + roomType
                    + " already has rates from today on in " + codes(currenciesFromToday)
                    + "; all its rates must use one currency");
        }
        if (from.isBefore(today)) {
            violations.add(ErrorCode.RATES_IN_PAST, "from",
                    "from " + from + " is in the past: today is " + today + " (UTC); rates can be set from "
                            + today + " on");
        }
        violations.throwIfAny();
        return new RateChange(roomType, from, to, new Money(price, currency.orElseThrow()));
    }

    /** How many nights the change sets. */
    public int nights() {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
    }

    private static String codes(Set<Currency> currencies) {
        return currencies.stream().map(Currency::getCurrencyCode).sorted().collect(Collectors.joining(", "));
    }
}
