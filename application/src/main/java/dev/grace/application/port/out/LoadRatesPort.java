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
    /**
     * The rates set on the nights of the stay ([check-in, check-out)), per room type, each list in date order.
     * Nights without a rate are absent from the list; a room type with no rate in the stay may be absent from
     * the map or map to an empty list (callers treat both alike).
     */
    Map<RoomTypeCode, List<NightlyRate>> ratesForStay(Stay stay);

    /**
     * The currencies of the room type's rates on nights from {@code from} (inclusive) on; empty if none.
     *
     * <p>Asked inside a unit of work that goes on to change the room type's rates, the answer must stay true
     * until that unit of work ends: a concurrent caller asking about the same room type (on any instance)
     * waits until then, so two updates in different currencies cannot both pass the one-currency rule.
     */
    Set<Currency> currenciesOfRatesFrom(RoomTypeCode roomType, LocalDate from);
}
