package dev.grace.application.port.out;

import dev.grace.domain.Money;
import dev.grace.domain.RoomTypeCode;
import java.time.LocalDate;

public interface SaveRatesPort {
    /**
     * Set the price of every night in [from, to), replacing any price there. The room type exists (the use
     * case checked it in the same unit of work); the amount has two decimals and the currency is checked.
     */
    void setRates(RoomTypeCode roomType, LocalDate from, LocalDate to, Money price);
}
