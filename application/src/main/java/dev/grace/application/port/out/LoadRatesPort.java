package dev.grace.application.port.out;

import dev.grace.domain.NightlyRate;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.Stay;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

public interface LoadRatesPort {
    /** The rates set on the nights of the stay, per room type, each list in date order; missing nights are absent. */
    Map<RoomTypeCode, List<NightlyRate>> ratesForStay(Stay stay);

    /** The currencies of the room type's rates on nights from {@code from} on. */
    Set<Currency> currenciesOfRatesFrom(RoomTypeCode roomType, LocalDate from);
}
