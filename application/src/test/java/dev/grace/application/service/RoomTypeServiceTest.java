package dev.grace.application.service;

import static dev.grace.application.service.Fixture.DEC1;
import static dev.grace.application.service.Fixture.codes;
import static dev.grace.application.service.Fixture.violation;
import static dev.grace.domain.ErrorCode.INVALID_ROOM_TYPE;
import static dev.grace.domain.ErrorCode.INVENTORY_BELOW_BOOKINGS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.application.port.in.UpsertRoomTypeCommand;
import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.Violation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoomTypeServiceTest {
    private final Fixture hotel = new Fixture();
    private final RoomTypeService service = hotel.services.roomTypes();

    @Test
    void anUpsertCreatesAndThenReplacesTheRoomType() {
        RoomType created = service.upsertRoomType(new UpsertRoomTypeCommand("DBL", "Double room", 2, 10));
        assertThat(created).isEqualTo(new RoomType(new RoomTypeCode("DBL"), "Double room", 2, 10));
        RoomType updated = service.upsertRoomType(new UpsertRoomTypeCommand("DBL", "Double deluxe", 3, 12));
        assertThat(service.listRoomTypes()).containsExactly(updated);
    }

    @Test
    void roomTypesAreListedByCodeInAsciiOrder() {
        for (String code : new String[] {"B", "A0", "_X", "A-", "Z9"}) {
            hotel.roomType(code, 1, 1);
        }
        assertThat(service.listRoomTypes()).extracting(rt -> rt.code().value())
                .containsExactly("A-", "A0", "B", "Z9", "_X");
    }

    @Test
    void anEmptyHotelListsNothing() {
        assertThat(service.listRoomTypes()).isEmpty();
    }

    @Test
    void everyBadValueIsInvalidRoomTypeAndNothingIsSaved() {
        var thrown = violation(() -> service.upsertRoomType(new UpsertRoomTypeCommand("dbl", "", 21, -1)));
        assertThat(thrown.code()).isEqualTo(INVALID_ROOM_TYPE);
        assertThat(thrown.violations()).extracting(Violation::field).containsExactly("code", "name", "max_guests", "rooms");
        assertThat(service.listRoomTypes()).isEmpty();
    }

    @Test
    void roomsCannotDropBelowWhatIsBookedOnANightFromTodayOn() {
        Fixture.standard();
        Fixture full = Fixture.standard();
        full.book("A", "DBL", DEC1, 2);
        full.book("B", "DBL", DEC1.plusDays(1), 1);
        var thrown = violation(() -> full.services.roomTypes()
                .upsertRoomType(new UpsertRoomTypeCommand("DBL", "Double", 2, 1)));
        assertThat(codes(thrown)).containsExactly(INVENTORY_BELOW_BOOKINGS);
        assertThat(thrown.getMessage()).contains("2026-12-02");
        assertThat(full.services.hotel().findRoomType(new RoomTypeCode("DBL")).orElseThrow().rooms()).isEqualTo(2);

        assertThat(full.services.roomTypes().upsertRoomType(new UpsertRoomTypeCommand("DBL", "Double", 2, 2)).rooms())
                .isEqualTo(2);
    }

    @Test
    void nightsBeforeTodayDoNotHoldTheRoomsBack() {
        Fixture past = Fixture.standard();
        past.book("A", "DBL", DEC1, 1);
        past.book("B", "DBL", DEC1, 1);
        past.clock.advance(Duration.ofDays(5));
        assertThat(past.services.roomTypes().upsertRoomType(new UpsertRoomTypeCommand("DBL", "Double", 2, 0)).rooms())
                .isZero();
    }

    @Test
    void invalidRoomTypeWinsOverInventoryBelowBookings() {
        Fixture full = Fixture.standard();
        full.book("A", "DBL", DEC1, 1);
        var thrown = violation(() -> full.services.roomTypes()
                .upsertRoomType(new UpsertRoomTypeCommand("DBL", "", 2, 0)));
        assertThat(codes(thrown)).containsExactly(INVALID_ROOM_TYPE);
    }

    @Test
    void everyCallRunsInsideAUnitOfWork() {
        hotel.roomType("DBL", 2, 1);
        service.listRoomTypes();
        assertThat(hotel.services.hotel().portCallsOutsideUnitOfWork()).isZero();
    }
}
