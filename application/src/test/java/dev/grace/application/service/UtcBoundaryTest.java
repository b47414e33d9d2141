package dev.grace.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.application.fake.InMemoryServices;
import dev.grace.application.fake.SettableClock;
import dev.grace.application.port.in.CreateBookingCommand;
import dev.grace.application.port.in.QuoteStayQuery;
import dev.grace.application.port.in.UpdateRatesCommand;
import dev.grace.application.port.in.UpsertRoomTypeCommand;
import dev.grace.domain.ErrorCode;
import dev.grace.domain.StayPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A check-in on today's UTC date is accepted from 00:00:00 to 23:59:59 UTC, yesterday's never — whatever the
 * JVM's default zone (Kiritimati is UTC+14, Adak UTC−10) and whatever zone the clock itself carries.
 */
class UtcBoundaryTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    private TimeZone original;

    @BeforeEach
    void remember() {
        original = TimeZone.getDefault();
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(original);
    }

    private static InMemoryServices hotelAt(String instant, String zone) {
        // The rates are set a day early so the hotel is ready before the instant under test.
        SettableClock clock = new SettableClock(Instant.parse("2026-11-26T00:00:00Z"), ZoneId.of(zone));
        InMemoryServices services = InMemoryServices.create(clock, StayPolicy.DEFAULT, false);
        services.roomTypes().upsertRoomType(new UpsertRoomTypeCommand("DBL", "Double", 2, 5));
        services.rates().updateRates(new UpdateRatesCommand("DBL", TODAY.minusDays(1), TODAY.plusDays(3),
                new BigDecimal("100"), "EUR"));
        clock.set(Instant.parse(instant));
        return services;
    }

    @ParameterizedTest(name = "{0} with default zone {1}")
    @CsvSource({
            "2026-11-27T00:00:00Z, Pacific/Kiritimati", "2026-11-27T23:59:59Z, Pacific/Kiritimati",
            "2026-11-27T00:00:00Z, America/Adak", "2026-11-27T23:59:59Z, America/Adak",
            "2026-11-27T00:00:00Z, UTC", "2026-11-27T23:59:59Z, UTC"})
    void todayIsBookableAndQuotableYesterdayNever(String instant, String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        InMemoryServices hotel = hotelAt(instant, zone);

        assertThat(hotel.quotes().quote(new QuoteStayQuery(TODAY, TODAY.plusDays(1), 1, Optional.empty())).quotes())
                .hasSize(1);
        assertThat(hotel.bookings().createBooking(new CreateBookingCommand("TODAY", "DBL", TODAY, TODAY.plusDays(1), 1,
                "Ada", "ada@example.com")).stay().checkIn()).isEqualTo(TODAY);

        var quoteYesterday = Fixture.violation(() -> hotel.quotes()
                .quote(new QuoteStayQuery(TODAY.minusDays(1), TODAY.plusDays(1), 1, Optional.empty())));
        assertThat(quoteYesterday.code()).isEqualTo(ErrorCode.CHECK_IN_IN_PAST);
        assertThat(quoteYesterday.getMessage()).contains("2026-11-27");
        var bookYesterday = Fixture.violation(() -> hotel.bookings().createBooking(new CreateBookingCommand("Y",
                "DBL", TODAY.minusDays(1), TODAY.plusDays(1), 1, "Ada", "ada@example.com")));
        assertThat(bookYesterday.code()).isEqualTo(ErrorCode.CHECK_IN_IN_PAST);
        assertThat(hotel.rates().updateRates(new UpdateRatesCommand("DBL", TODAY, TODAY.plusDays(1),
                BigDecimal.ONE, "EUR")).nightsUpdated()).isEqualTo(1);
        assertThat(Fixture.violation(() -> hotel.rates().updateRates(new UpdateRatesCommand("DBL", TODAY.minusDays(1),
                TODAY.plusDays(1), BigDecimal.ONE, "EUR"))).code()).isEqualTo(ErrorCode.RATES_IN_PAST);
    }

    @ParameterizedTest(name = "{0} with default zone {1}")
    @CsvSource({"2026-11-26T23:59:59Z, Pacific/Kiritimati", "2026-11-28T00:00:00Z, America/Adak"})
    void justOutsideTheUtcDayTodayIsAnotherDate(String instant, String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        InMemoryServices hotel = hotelAt(instant, zone);
        LocalDate utcToday = LocalDate.ofInstant(Instant.parse(instant), java.time.ZoneOffset.UTC);
        assertThat(Fixture.violation(() -> hotel.quotes().quote(new QuoteStayQuery(utcToday.minusDays(1),
                utcToday.plusDays(1), 1, Optional.empty()))).getMessage()).contains(utcToday.toString());
        assertThat(hotel.quotes().quote(new QuoteStayQuery(utcToday, utcToday.plusDays(1), 1, Optional.empty()))
                .stay().checkIn()).isEqualTo(utcToday);
    }
}
