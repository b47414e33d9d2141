package dev.grace.application.service;

import static dev.grace.application.service.Fixture.DEC1;
import static dev.grace.application.service.Fixture.TODAY;
import static dev.grace.application.service.Fixture.booking;
import static dev.grace.application.service.Fixture.codes;
import static dev.grace.application.service.Fixture.violation;
import static dev.grace.domain.ErrorCode.CHECK_IN_IN_PAST;
import static dev.grace.domain.ErrorCode.CHECK_IN_TOO_FAR;
import static dev.grace.domain.ErrorCode.CHECK_OUT_NOT_AFTER_CHECK_IN;
import static dev.grace.domain.ErrorCode.DUPLICATE_REFERENCE;
import static dev.grace.domain.ErrorCode.INVALID_GUESTS;
import static dev.grace.domain.ErrorCode.INVALID_GUEST_DETAILS;
import static dev.grace.domain.ErrorCode.INVALID_REFERENCE;
import static dev.grace.domain.ErrorCode.NO_RATE;
import static dev.grace.domain.ErrorCode.SOLD_OUT;
import static dev.grace.domain.ErrorCode.STAY_TOO_LONG;
import static dev.grace.domain.ErrorCode.UNKNOWN_BOOKING;
import static dev.grace.domain.ErrorCode.UNKNOWN_ROOM_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.application.fake.InMemoryHotel;
import dev.grace.application.port.in.CancelBookingCommand;
import dev.grace.application.port.in.CreateBookingCommand;
import dev.grace.domain.Booking;
import dev.grace.domain.BookingStatus;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.RuleViolationException;
import dev.grace.domain.StayPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BookingServiceTest {
    private static final RoomTypeCode DBL = new RoomTypeCode("DBL");
    private final Fixture hotel = Fixture.standard();
    private final InMemoryHotel store = hotel.services.hotel();

    private CreateBookingCommand command(String reference, String roomType, LocalDate checkIn, LocalDate checkOut,
            int guests, String name, String email) {
        return new CreateBookingCommand(reference, roomType, checkIn, checkOut, guests, name, email);
    }

    /** The violation creating this booking throws. */
    private RuleViolationException create(CreateBookingCommand command) {
        return violation(() -> hotel.services.bookings().createBooking(command));
    }

    @Test
    void aBookingTakesOneRoomEachNightAtTodaysPrice() {
        Booking booking = hotel.services.bookings().createBooking(
                command("ABC123", "DBL", DEC1, DEC1.plusDays(3), 2, "Ada Lovelace", "ada@example.com"));
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.total().plainAmount()).isEqualTo("360.00");
        assertThat(booking.total().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(booking.createdAt()).isEqualTo(Instant.parse("2026-11-27T10:15:30Z"));
        assertThat(booking.guests()).isEqualTo(2);
        assertThat(store.booking("ABC123")).contains(booking);
        assertThat(store.bookedOn(DBL, DEC1.minusDays(1))).isZero();
        assertThat(store.bookedOn(DBL, DEC1)).isEqualTo(1);
        assertThat(store.bookedOn(DBL, DEC1.plusDays(2))).isEqualTo(1);
        assertThat(store.bookedOn(DBL, DEC1.plusDays(3))).isZero();
    }

    @Test
    void thePriceIsFixedWhenTheBookingIsMade() {
        hotel.book("FIXED", "DBL", DEC1, 2);
        hotel.rates("DBL", DEC1, DEC1.plusDays(2), "999", "EUR");
        assertThat(store.booking("FIXED").orElseThrow().total().plainAmount()).isEqualTo("240.00");
        assertThat(hotel.book("LATER", "DBL", DEC1, 2).total().plainAmount()).isEqualTo("1998.00");
    }

    @Test
    void aStayPricedAtDifferentRatesCostsTheSumOfItsNights() {
        hotel.rates("DBL", DEC1.plusDays(1), DEC1.plusDays(2), "99.99", "EUR");
        assertThat(hotel.book("MIX", "DBL", DEC1, 3).total().plainAmount()).isEqualTo("339.99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOPE", "dbl", "", "D B", "ABCDEFGHIJKLMNOPQ"})
    void anUnknownOrMalformedRoomTypeIsUnknownRoomType(String roomType) {
        var thrown = create(command("R1", roomType, DEC1, DEC1.plusDays(1), 1, "Ada", "ada@example.com"));
        assertThat(codes(thrown)).containsExactly(UNKNOWN_ROOM_TYPE);
        assertThat(thrown.violations().get(0).field()).isEqualTo("room_type");
    }

    @Test
    void unknownRoomTypeWinsOverEveryBrokenRule() {
        var thrown = create(command("bad ref", "NOPE", TODAY.minusDays(1), TODAY.minusDays(2), 0, "", "x"));
        assertThat(codes(thrown)).containsExactly(UNKNOWN_ROOM_TYPE);
    }

    @Test
    void checkInBeforeTodayIsInThePastAndNamesTodaysUtcDate() {
        var thrown = create(booking("R1", "DBL", TODAY.minusDays(1), 1));
        assertThat(codes(thrown)).containsExactly(CHECK_IN_IN_PAST);
        assertThat(thrown.getMessage()).contains("2026-11-27");
    }

    @Test
    void checkOutMustBeAfterCheckIn() {
        assertThat(codes(create(booking("R1", "DBL", DEC1, 0)))).containsExactly(CHECK_OUT_NOT_AFTER_CHECK_IN);
    }

    @Test
    void aStayLongerThanMaxStayNightsIsTooLong() {
        assertThat(hotel.book("R30", "DBL", DEC1, 30).nights()).isEqualTo(30);
        assertThat(codes(create(booking("R31", "DBL", DEC1, 31)))).containsExactly(STAY_TOO_LONG);
    }

    @Test
    void aCheckInBeyondTheHorizonIsTooFarExactlyTheHorizonIsNot() {
        LocalDate horizon = TODAY.plusDays(730);
        hotel.rates("DBL", horizon, horizon.plusDays(1), "100", "EUR");
        assertThat(hotel.book("EDGE", "DBL", horizon, 1).stay().checkIn()).isEqualTo(horizon);
        assertThat(codes(create(booking("FAR", "DBL", horizon.plusDays(1), 1))))
                .containsExactly(CHECK_IN_TOO_FAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "x/y", "ü", "0123456789012345678901234567890123456789012345678901234567890123X"})
    void aMalformedReferenceIsInvalidReference(String reference) {
        var thrown = create(command(reference, "DBL", DEC1, DEC1.plusDays(1), 1, "Ada", "ada@example.com"));
        assertThat(codes(thrown)).containsExactly(INVALID_REFERENCE);
        assertThat(thrown.violations().get(0).field()).isEqualTo("reference");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 21})
    void guestsOutsideOneToTwentyAreInvalid(int guests) {
        var thrown = create(command("R1", "DBL", DEC1, DEC1.plusDays(1), guests, "Ada", "ada@example.com"));
        assertThat(codes(thrown)).containsExactly(INVALID_GUESTS);
    }

    @Test
    void guestsAboveTheRoomTypesMaximumAreInvalidAndTheDetailNamesTheMaximum() {
        var thrown = create(command("R1", "DBL", DEC1, DEC1.plusDays(1), 3, "Ada", "ada@example.com"));
        assertThat(codes(thrown)).containsExactly(INVALID_GUESTS);
        assertThat(thrown.getMessage()).contains("at most 2");
    }

    @Test
    void badGuestDetailsAreInvalidGuestDetailsForEachField() {
        var thrown = create(command("R1", "DBL", DEC1, DEC1.plusDays(1), 1, "Ada\nLovelace", "not-an-email"));
        assertThat(codes(thrown)).containsExactly(INVALID_GUEST_DETAILS, INVALID_GUEST_DETAILS);
        assertThat(thrown.violations()).extracting(v -> v.field()).containsExactly("guest.name", "guest.email");
    }

    @Test
    void aNightWithoutARateIsNoRateAndTheMessageNamesTheNight() {
        var thrown = create(booking("R1", "DBL", LocalDate.parse("2026-12-30"), 4));
        assertThat(codes(thrown)).containsExactly(NO_RATE);
        assertThat(thrown.getMessage()).contains("2027-01-01");
    }

    @Test
    void everyBrokenRuleIsListedInTheContractsOrder() {
        var thrown = create(command("bad ref", "DBL", TODAY.minusDays(1), TODAY.plusDays(31), 3, "", "nope"));
        assertThat(codes(thrown)).containsExactly(CHECK_IN_IN_PAST, STAY_TOO_LONG, INVALID_REFERENCE, INVALID_GUESTS,
                INVALID_GUEST_DETAILS, INVALID_GUEST_DETAILS);
        assertThat(thrown.code()).isEqualTo(CHECK_IN_IN_PAST);

        var withNoRate = create(command("bad ref", "DBL", LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-01-02"), 0, "Ada", "nope"));
        assertThat(codes(withNoRate)).containsExactly(INVALID_REFERENCE, INVALID_GUESTS, INVALID_GUEST_DETAILS, NO_RATE);
    }

    @Test
    void noRateIsNotJudgedForAStayThatBreaksADateRule() {
        var thrown = create(booking("R1", "DBL", LocalDate.parse("2027-01-05"), 0));
        assertThat(codes(thrown)).containsExactly(CHECK_OUT_NOT_AFTER_CHECK_IN);
    }

    @Test
    void aReferenceThatExistsIsDuplicateAndNothingChanges() {
        Booking first = hotel.book("DUP", "DBL", DEC1, 2);
        var thrown = create(booking("DUP", "SGL", DEC1, 1));
        assertThat(codes(thrown)).containsExactly(DUPLICATE_REFERENCE);
        assertThat(store.booking("DUP")).contains(first);
        assertThat(store.bookedOn(new RoomTypeCode("SGL"), DEC1)).isZero();
        assertThat(store.bookedOn(DBL, DEC1)).isEqualTo(1);
    }

    @Test
    void aBrokenRuleWinsOverADuplicateReference() {
        hotel.book("DUP", "DBL", DEC1, 2);
        assertThat(codes(create(command("DUP", "DBL", DEC1, DEC1.plusDays(1), 5, "Ada", "ada@example.com"))))
                .containsExactly(INVALID_GUESTS);
    }

    @Test
    void whenNoRoomIsLeftOnANightTheBookingIsSoldOutAndNothingIsWritten() {
        hotel.book("A", "DBL", DEC1.plusDays(1), 1);
        hotel.book("B", "DBL", DEC1.plusDays(1), 1);
        var thrown = create(booking("C", "DBL", DEC1, 3));
        assertThat(codes(thrown)).containsExactly(SOLD_OUT);
        assertThat(store.booking("C")).isEmpty();
        assertThat(store.bookedOn(DBL, DEC1)).isZero();
        assertThat(store.bookedOn(DBL, DEC1.plusDays(1))).isEqualTo(2);
        assertThat(hotel.book("D", "DBL", DEC1, 1).reference().value()).isEqualTo("D");
    }

    @Test
    void aRoomTypeWithNoRoomsIsAlwaysSoldOut() {
        hotel.roomType("NONE", 2, 0).rates("NONE", DEC1, DEC1.plusDays(1), "10", "EUR");
        assertThat(codes(create(booking("R", "NONE", DEC1, 1)))).containsExactly(SOLD_OUT);
    }

    @Test
    void aDuplicateReferenceWinsOverSoldOut() {
        hotel.book("A", "DBL", DEC1, 1);
        hotel.book("B", "DBL", DEC1, 1);
        assertThat(codes(create(booking("A", "DBL", DEC1, 1)))).containsExactly(DUPLICATE_REFERENCE);
    }

    @Test
    void aReferenceTakenConcurrentlyIsDuplicateAndTheRoomIsNotTaken() {
        hotel.book("RACE", "SGL", DEC1, 1);
        // A reader that cannot see the concurrent insert yet: only insertBooking reports the clash.
        BookingService blind = new BookingService(store, store, reference -> Optional.empty(), store, store, store,
                hotel.clock, StayPolicy.DEFAULT);
        var thrown = violation(() -> blind.createBooking(booking("RACE", "DBL", DEC1, 1)));
        assertThat(codes(thrown)).containsExactly(DUPLICATE_REFERENCE);
        assertThat(store.bookedOn(DBL, DEC1)).isZero();
    }

    @Test
    void cancellingGivesTheRoomsBackAndKeepsThePrice() {
        Booking booking = hotel.book("C1", "DBL", DEC1, 2);
        hotel.book("C2", "DBL", DEC1, 1);
        hotel.clock.advance(Duration.ofHours(1));
        Booking cancelled = hotel.services.bookings().cancelBooking(new CancelBookingCommand("C1"));
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(Instant.parse("2026-11-27T11:15:30Z"));
        assertThat(cancelled.total()).isEqualTo(booking.total());
        assertThat(store.booking("C1")).contains(cancelled);
        assertThat(store.bookedOn(DBL, DEC1)).isEqualTo(1);
        assertThat(store.bookedOn(DBL, DEC1.plusDays(1))).isZero();
    }

    @Test
    void cancellingTwiceReturnsTheSameBookingAndGivesTheRoomsBackOnce() {
        hotel.book("C1", "DBL", DEC1, 1);
        hotel.book("C2", "DBL", DEC1, 1);
        Booking first = hotel.services.bookings().cancelBooking(new CancelBookingCommand("C1"));
        hotel.clock.advance(Duration.ofMinutes(5));
        Booking again = hotel.services.bookings().cancelBooking(new CancelBookingCommand("C1"));
        assertThat(again).isEqualTo(first);
        assertThat(store.bookedOn(DBL, DEC1)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MISSING", "", "not a reference", "a/b"})
    void cancellingAnUnknownOrMalformedReferenceIsUnknownBooking(String reference) {
        var thrown = violation(() -> hotel.services.bookings().cancelBooking(new CancelBookingCommand(reference)));
        assertThat(codes(thrown)).containsExactly(UNKNOWN_BOOKING);
        assertThat(thrown.violations().get(0).field()).isEqualTo("reference");
    }

    @Test
    void aCancelledRoomCanBeBookedAgain() {
        hotel.book("A", "DBL", DEC1, 1);
        hotel.book("B", "DBL", DEC1, 1);
        hotel.services.bookings().cancelBooking(new CancelBookingCommand("A"));
        assertThat(hotel.book("C", "DBL", DEC1, 1).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void everyCallRunsInsideAUnitOfWork() {
        int commitsBefore = store.commits();
        hotel.book("U1", "DBL", DEC1, 1);
        violation(() -> hotel.book("U1", "DBL", DEC1, 1));
        hotel.services.bookings().cancelBooking(new CancelBookingCommand("U1"));
        assertThat(store.portCallsOutsideUnitOfWork()).isZero();
        assertThat(store.commits()).isEqualTo(commitsBefore + 2);
        assertThat(store.rollbacks()).isEqualTo(1);
    }
}
