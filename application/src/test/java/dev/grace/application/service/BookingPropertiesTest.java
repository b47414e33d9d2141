package dev.grace.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.grace.application.fake.InMemoryHotel;
import dev.grace.application.port.in.CancelBookingCommand;
import dev.grace.application.port.in.CreateBookingCommand;
import dev.grace.application.port.in.QuoteStayQuery;
import dev.grace.domain.Booking;
import dev.grace.domain.ErrorCode;
import dev.grace.domain.RateQuote;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever sequence of bookings and cancellations arrives, no night is ever sold beyond its rooms. */
class BookingPropertiesTest {
    private static final LocalDate FIRST = Fixture.DEC1;
    private static final int NIGHTS = 12;

    /** One step: book (reference index, room type, first night, length) or cancel (reference index). */
    private record Step(boolean cancel, int reference, boolean dbl, int start, int length) {
    }

    private static Gen<Step> steps() {
        return booleans().all().zip(integers().between(0, 15), booleans().all(), integers().between(0, NIGHTS - 1),
                (cancel, reference, dbl, start) -> new Step(cancel, reference, dbl, start, 0))
                .zip(integers().between(1, 5), (step, length) ->
                        new Step(step.cancel(), step.reference(), step.dbl(), step.start(), length));
    }

    @Test
    void randomBookingsAndCancellationsNeverExceedTheRoomsOnAnyNight() {
        qt().withExamples(300).forAll(lists().of(steps()).ofSizeBetween(1, 60), integers().between(0, 3))
                .checkAssert((steps, dblRooms) -> {
                    Fixture hotel = new Fixture().roomType("DBL", 2, dblRooms).roomType("SGL", 1, 2)
                            .rates("DBL", Fixture.TODAY, FIRST.plusDays(NIGHTS + 5), "100", "EUR")
                            .rates("SGL", Fixture.TODAY, FIRST.plusDays(NIGHTS + 5), "50", "EUR");
                    for (Step step : steps) {
                        apply(hotel, step);
                    }
                    InMemoryHotel store = hotel.services.hotel();
                    for (String code : Set.of("DBL", "SGL")) {
                        RoomTypeCode roomType = new RoomTypeCode(code);
                        int rooms = store.findRoomType(roomType).orElseThrow().rooms();
                        for (int night = 0; night < NIGHTS + 5; night++) {
                            LocalDate date = FIRST.plusDays(night);
                            long confirmed = store.bookings().stream()
                                    .filter(b -> !b.isCancelled() && b.roomType().equals(roomType)
                                            && b.stay().dates().contains(date))
                                    .count();
                            assertThat(store.bookedOn(roomType, date)).as("%s on %s", code, date)
                                    .isEqualTo(confirmed).isBetween(0, rooms);
                        }
                    }
                    for (int start = 0; start < NIGHTS; start += 3) {
                        List<RateQuote> quotes = hotel.services.quotes().quote(new QuoteStayQuery(
                                FIRST.plusDays(start), FIRST.plusDays(start + 3), 1, Optional.empty())).quotes();
                        assertThat(quotes).extracting(RateQuote::available).allSatisfy(a -> assertThat(a).isNotNegative());
                    }
                });
    }

    private static void apply(Fixture hotel, Step step) {
        String reference = "R" + step.reference();
        try {
            if (step.cancel()) {
                Booking cancelled = hotel.services.bookings().cancelBooking(new CancelBookingCommand(reference));
                assertThat(cancelled.isCancelled()).isTrue();
            } else {
                hotel.services.bookings().createBooking(new CreateBookingCommand(reference, step.dbl() ? "DBL" : "SGL",
                        FIRST.plusDays(step.start()), FIRST.plusDays(step.start() + step.length()), 1, "Ada",
                        "ada@example.com"));
            }
        } catch (RuleViolationException expected) {
            assertThat(expected.code()).isIn(ErrorCode.SOLD_OUT, ErrorCode.DUPLICATE_REFERENCE, ErrorCode.UNKNOWN_BOOKING);
        }
    }
}
