package dev.grace.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** An amount with its currency, always at two fraction digits. Never a float. */
public record Money(BigDecimal amount, Currency currency) {
    /** The highest nightly price the hotel accepts. */
    public static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        // setScale without rounding: an amount with more than two significant decimals is a bug upstream
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * True when the price is a nightly price the hotel accepts: 0–99999999.99 with at most two decimals once
     * trailing zeros are dropped ({@code 120.500} is fine, {@code 120.505} is not).
     */
    public static boolean isValidPrice(BigDecimal price) {
        if (price == null || price.signum() < 0 || price.compareTo(MAX_PRICE) > 0) {
            return false;
        }
        return price.signum() == 0 || price.stripTrailingZeros().scale() <= 2;
    }

    /**
     * The currency for an ISO 4217 code with two minor digits (EUR, USD, GBP …); empty for anything else,
     * including lower case, JPY (no minor unit), BHD (three) and the non-currencies such as XXX.
     */
    public static Optional<Currency> currencyOf(String code) {
        if (code == null || !CURRENCY_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() == 2 ? Optional.of(currency) : Optional.empty();
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The amount as the contract writes it: a plain decimal string with exactly two fraction digits. */
    public String plainAmount() {
        return amount.toPlainString();
    }
}
