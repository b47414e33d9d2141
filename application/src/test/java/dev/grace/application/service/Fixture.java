package dev.grace.application.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.application.fake.InMemoryServices;
import dev.grace.application.fake.SettableClock;
import dev.grace.application.port.in.CreateBookingCommand;
import dev.grace.application.port.in.UpdateRatesCommand;
import dev.grace.application.port.in.UpsertRoomTypeCommand;
import dev.grace.domain.Booking;
import dev.grace.domain.ErrorCode;
import dev.grace.domain.RuleViolationException;
import dev.grace.domain.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowingConsumer;

/** A hotel at a known moment (2026-11-27T10:15:30Z), with shorthand for the commands tests send. */
class Fixture {
    static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    static final LocalDate DEC1 = LocalDate.parse("2026-12-01");

    final SettableClock clock = SettableClock.at("2026-11-27T10:15:30Z");
    final InMemoryServices services = InMemoryServices.create(clock);

    Fixture roomType(String code, int maxGuests, int rooms) {
        services.roomTypes().upsertRoomType(new UpsertRoomTypeCommand(code, "Room " + code, maxGuests, rooms));
        return this;
    }

    Fixture rates(String code, LocalDate from, LocalDate to, String price, String currency) {
        services.rates().updateRates(new UpdateRatesCommand(code, from, to, new BigDecimal(price), currency));
        return this;
    }

    /** DBL (2 guests, 2 rooms) and SGL (1 guest, 5 rooms) priced through December 2026. */
    static Fixture standard() {
        return new Fixture().roomType("DBL", 2, 2).roomType("SGL", 1, 5)
                .rates("DBL", TODAY, LocalDate.parse("2027-01-01"), "120", "EUR")
                .rates("SGL", TODAY, LocalDate.parse("2027-01-01"), "80.5", "EUR");
    }

    static CreateBookingCommand booking(String reference, String roomType, LocalDate checkIn, int nights) {
        return new CreateBookingCommand(reference, roomType, checkIn, checkIn.plusDays(nights), 1, "Ada Lovelace",
                "ada@example.com");
    }

    Booking book(String reference, String roomType, LocalDate checkIn, int nights) {
        return services.bookings().createBooking(booking(reference, roomType, checkIn, nights));
    }

    /** The violation a call throws; fails the test when it throws nothing else. */
    static RuleViolationException violation(Runnable call) {
        RuleViolationException[] caught = new RuleViolationException[1];
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolationException.class,
                (ThrowingConsumer<RuleViolationException>) thrown -> caught[0] = thrown);
        return caught[0];
    }

    static List<ErrorCode> codes(RuleViolationException thrown) {
        return thrown.violations().stream().map(Violation::code).toList();
    }
}
