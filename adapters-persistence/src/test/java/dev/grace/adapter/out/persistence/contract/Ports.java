package dev.grace.adapter.out.persistence.contract;

import dev.grace.application.fake.InMemoryHotel;
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

/** Every out port of one implementation, as the contract suites see them. */
record Ports(
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

    static Ports of(InMemoryHotel hotel) {
        return new Ports(hotel, hotel, hotel, hotel, hotel, hotel, hotel, hotel, hotel, hotel);
    }
}
