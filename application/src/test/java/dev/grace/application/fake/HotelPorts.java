package dev.grace.application.fake;

import dev.grace.application.port.out.EventLogPort;
import dev.grace.application.port.out.LoadBookingPort;
import dev.grace.application.port.out.LoadInventoryPort;
import dev.grace.application.port.out.LoadRatesPort;
import dev.grace.application.port.out.LoadRoomTypesPort;
import dev.grace.application.port.out.ReserveInventoryPort;
import dev.grace.application.port.out.SaveBookingPort;
import dev.grace.application.port.out.SaveRatesPort;
import dev.grace.application.port.out.SaveRoomTypePort;
import dev.grace.application.port.out.UnitOfWork;
import java.util.Objects;

/** Every data port plus the event log and unit of work, over one store: what {@link HotelPortsContract} checks. */
public record HotelPorts(
        LoadRoomTypesPort loadRoomTypes,
        SaveRoomTypePort saveRoomType,
        LoadRatesPort loadRates,
        SaveRatesPort saveRates,
        LoadInventoryPort loadInventory,
        ReserveInventoryPort reserveInventory,
        LoadBookingPort loadBooking,
        SaveBookingPort saveBooking,
        EventLogPort eventLog,
        UnitOfWork unitOfWork) {

    public HotelPorts {
        Objects.requireNonNull(loadRoomTypes, "loadRoomTypes");
        Objects.requireNonNull(saveRoomType, "saveRoomType");
        Objects.requireNonNull(loadRates, "loadRates");
        Objects.requireNonNull(saveRates, "saveRates");
        Objects.requireNonNull(loadInventory, "loadInventory");
        Objects.requireNonNull(reserveInventory, "reserveInventory");
        Objects.requireNonNull(loadBooking, "loadBooking");
        Objects.requireNonNull(saveBooking, "saveBooking");
        Objects.requireNonNull(eventLog, "eventLog");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    public static HotelPorts of(InMemoryHotel hotel) {
        return new HotelPorts(hotel, hotel, hotel, hotel, hotel, hotel, hotel, hotel, hotel, hotel);
    }
}
