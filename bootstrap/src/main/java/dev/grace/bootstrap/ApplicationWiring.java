package dev.grace.bootstrap;

import dev.grace.adapter.out.persistence.JdbcBookings;
import dev.grace.adapter.out.persistence.JdbcDatabaseHealth;
import dev.grace.adapter.out.persistence.JdbcEventLog;
import dev.grace.adapter.out.persistence.JdbcInventory;
import dev.grace.adapter.out.persistence.JdbcRates;
import dev.grace.adapter.out.persistence.JdbcRoomTypes;
import dev.grace.application.port.out.UnitOfWork;
import dev.grace.application.service.BookingService;
import dev.grace.application.service.HandleEventService;
import dev.grace.application.service.HealthService;
import dev.grace.application.service.QuoteStayService;
import dev.grace.application.service.RatesService;
import dev.grace.application.service.RoomTypeService;
import dev.grace.domain.StayPolicy;
import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, each a plain class from the application module, given its ports explicitly. */
@Configuration(proxyBeanMethods = false)
class ApplicationWiring {

    /** "Today" is always the UTC date of this clock; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    StayPolicy stayPolicy(GraceSettings settings) {
        return new StayPolicy(settings.maxStayNights(), settings.bookingHorizonDays());
    }

    @Bean
    QuoteStayService quoteStayService(JdbcRoomTypes roomTypes, JdbcRates rates, JdbcInventory inventory,
            UnitOfWork unitOfWork, Clock clock, StayPolicy policy) {
        return new QuoteStayService(roomTypes, rates, inventory, unitOfWork, clock, policy);
    }

    @Bean
    RoomTypeService roomTypeService(JdbcRoomTypes roomTypes, UnitOfWork unitOfWork, Clock clock) {
        return new RoomTypeService(roomTypes, roomTypes, unitOfWork, clock);
    }

    @Bean
    RatesService ratesService(JdbcRoomTypes roomTypes, JdbcRates rates, UnitOfWork unitOfWork, Clock clock) {
        return new RatesService(roomTypes, rates, rates, unitOfWork, clock);
    }

    @Bean
    BookingService bookingService(JdbcRoomTypes roomTypes, JdbcRates rates, JdbcBookings bookings,
            JdbcInventory inventory, UnitOfWork unitOfWork, Clock clock, StayPolicy policy) {
        return new BookingService(roomTypes, rates, bookings, bookings, inventory, unitOfWork, clock, policy);
    }

    @Bean
    HandleEventService handleEventService(JdbcEventLog eventLog, UnitOfWork unitOfWork, RoomTypeService roomTypes,
            RatesService rates, BookingService bookings, Clock clock, GraceSettings settings) {
        return new HandleEventService(eventLog, unitOfWork, roomTypes, rates, bookings, bookings, clock,
                settings.eventRetentionDays());
    }

    @Bean
    HealthService healthService(JdbcDatabaseHealth databaseHealth, Clock clock, GraceSettings settings) {
        return new HealthService(databaseHealth, clock, settings.developmentMode());
    }

    @Bean
    EventRetention eventRetention(HandleEventService purgeEvents) {
        return new EventRetention(purgeEvents);
    }

    /** Development mode starts with a small hotel to quote and book against; production never does. */
    @Bean
    ApplicationRunner demoHotel(GraceSettings settings, RoomTypeService roomTypes, RatesService rates, Clock clock) {
        return arguments -> {
            if (settings.developmentMode()) {
                new DemoHotel(roomTypes, roomTypes, rates, clock).loadIntoEmptyHotel();
            }
        };
    }
}
