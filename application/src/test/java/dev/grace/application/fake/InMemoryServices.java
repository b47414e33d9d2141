package dev.grace.application.fake;

import dev.grace.application.service.BookingService;
import dev.grace.application.service.HandleEventService;
import dev.grace.application.service.HealthService;
import dev.grace.application.service.QuoteStayService;
import dev.grace.application.service.RatesService;
import dev.grace.application.service.RoomTypeService;
import dev.grace.domain.StayPolicy;
import java.time.Clock;

/**
 * Every service wired over one {@link InMemoryHotel}, the way bootstrap wires them over the adapters. Handy
 * for adapter tests that need real use cases without a database.
 */
public record InMemoryServices(
        InMemoryHotel hotel,
        FakeDatabaseHealth databaseHealth,
        QuoteStayService quotes,
        RoomTypeService roomTypes,
        RatesService rates,
        BookingService bookings,
        HandleEventService events,
        HealthService health) {

    public static final int RETENTION_DAYS = 30;

    public static InMemoryServices create(Clock clock) {
        return create(clock, StayPolicy.DEFAULT, false);
    }

    public static InMemoryServices create(Clock clock, StayPolicy policy, boolean developmentMode) {
        InMemoryHotel hotel = new InMemoryHotel();
        FakeDatabaseHealth databaseHealth = new FakeDatabaseHealth();
        RoomTypeService roomTypes = new RoomTypeService(hotel, hotel, hotel, clock);
        RatesService rates = new RatesService(hotel, hotel, hotel, hotel, clock);
        BookingService bookings = new BookingService(hotel, hotel, hotel, hotel, hotel, hotel, clock, policy);
        return new InMemoryServices(hotel, databaseHealth,
                new QuoteStayService(hotel, hotel, hotel, hotel, clock, policy),
                roomTypes, rates, bookings,
                new HandleEventService(hotel, hotel, roomTypes, rates, bookings, bookings, clock, RETENTION_DAYS),
                new HealthService(databaseHealth, clock, developmentMode));
    }
}
