package dev.grace.application.port.out;

import dev.grace.domain.Money;
import dev.grace.domain.RoomTypeCode;
import java.time.LocalDate;

public interface SaveRatesPort {
    /** Set the price of every night in [from, to), replacing any price there. */
    void setRates(RoomTypeCode roomType, LocalDate from, LocalDate to, Money price);
}
