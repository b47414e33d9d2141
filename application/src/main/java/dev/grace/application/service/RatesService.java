package dev.grace.application.service;

import dev.grace.application.port.in.RatesUpdated;
import dev.grace.application.port.in.UpdateRatesCommand;
import dev.grace.application.port.in.UpdateRatesUseCase;
import dev.grace.application.port.out.LoadRatesPort;
import dev.grace.application.port.out.LoadRoomTypesPort;
import dev.grace.application.port.out.SaveRatesPort;
import dev.grace.application.port.out.UnitOfWork;
import dev.grace.domain.HotelCalendar;
import dev.grace.domain.RateChange;
import dev.grace.domain.RoomType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** Sets nightly prices ({@code rates.updated}). */
public final class RatesService implements UpdateRatesUseCase {
    private final LoadRoomTypesPort roomTypes;
    private final LoadRatesPort rates;
    private final SaveRatesPort saveRates;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RatesService(LoadRoomTypesPort roomTypes, LoadRatesPort rates, SaveRatesPort saveRates,
            UnitOfWork unitOfWork, Clock clock) {
        this.roomTypes = Objects.requireNonNull(roomTypes, "roomTypes");
        this.rates = Objects.requireNonNull(rates, "rates");
        this.saveRates = Objects.requireNonNull(saveRates, "saveRates");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RatesUpdated updateRates(UpdateRatesCommand command) {
        return unitOfWork.inTransaction(() -> {
            RoomType roomType = Existing.roomType(roomTypes, command.roomType());
            LocalDate today = HotelCalendar.today(clock);
            RateChange change = RateChange.of(roomType.code(), command.from(), command.to(), command.price(),
                    command.currency(), rates.currenciesOfRatesFrom(roomType.code(), today), today);
            saveRates.setRates(change.roomType(), change.from(), change.to(), change.price());
            return new RatesUpdated(change.roomType(), change.from(), change.to(), change.nights());
        });
    }
}
