package dev.grace.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Set the price of each night in [from, to) ({@code rates.updated}). The price was read exactly from the
 * wire (never through floating point); its range and scale are checked by the use case.
 */
public record UpdateRatesCommand(String roomType, LocalDate from, LocalDate to, BigDecimal price, String currency)
        implements EventCommand {
    public UpdateRatesCommand {
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(currency, "currency");
    }
}
