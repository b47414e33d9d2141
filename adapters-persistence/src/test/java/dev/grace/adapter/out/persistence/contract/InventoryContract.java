package dev.grace.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.domain.RoomTypeCode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code LoadInventoryPort} and {@code ReserveInventoryPort}. */
abstract class InventoryContract extends PortContract {

    InventoryContract(Backend backend) {
        super(backend);
    }

    private int bookedOn(String roomType, int day) {
        Map<RoomTypeCode, Map<LocalDate, Integer>> booked =
                inTransaction(() -> ports.loadInventory().bookedRooms(stay(day, day + 1)));
        return booked.getOrDefault(code(roomType), Map.of()).getOrDefault(night(day), 0);
    }

    private boolean reserve(String roomType, int fromDay, int toDay) {
        return inTransaction(() -> ports.reserveInventory().reserveRoom(code(roomType), stay(fromDay, toDay)));
    }

    @Test
    void aReservationTakesOneRoomOnEachNightOfTheStayOnly() {
        saveRoomType("DBL", 2);

        assertThat(reserve("DBL", 1, 4)).isTrue();

        assertThat(bookedOn("DBL", 0)).isZero();
        assertThat(bookedOn("DBL", 1)).isOne();
        assertThat(bookedOn("DBL", 2)).isOne();
        assertThat(bookedOn("DBL", 3)).isOne();
        assertThat(bookedOn("DBL", 4)).isZero();
    }

    @Test
    void bookedRoomsAreReportedPerRoomTypeAndNight() {
        saveRoomType("DBL", 3);
        saveRoomType("SGL", 3);
        reserve("DBL", 0, 2);
        reserve("DBL", 1, 2);
        reserve("SGL", 1, 3);

        var booked = inTransaction(() -> ports.loadInventory().bookedRooms(stay(0, 3)));

        assertThat(booked.get(code("DBL"))).containsEntry(night(0), 1).containsEntry(night(1), 2)
                .doesNotContainKey(night(5));
        assertThat(booked.get(code("DBL")).getOrDefault(night(2), 0)).isZero();
        assertThat(booked.get(code("SGL"))).containsEntry(night(1), 1).containsEntry(night(2), 1);
    }

    @Test
    void itIsAllOrNothingWhenOneNightIsFull() {
        saveRoomType("DBL", 1);
        reserve("DBL", 2, 3);

        assertThat(reserve("DBL", 0, 4)).isFalse();

        assertThat(bookedOn("DBL", 0)).isZero();
        assertThat(bookedOn("DBL", 1)).isZero();
        assertThat(bookedOn("DBL", 2)).isOne();
        assertThat(bookedOn("DBL", 3)).isZero();
    }

    @Test
    void noMoreRoomsThanTheTypeHas() {
        saveRoomType("DBL", 2);

        assertThat(reserve("DBL", 0, 1)).isTrue();
        assertThat(reserve("DBL", 0, 1)).isTrue();
        assertThat(reserve("DBL", 0, 1)).isFalse();
        assertThat(bookedOn("DBL", 0)).isEqualTo(2);
    }

    @Test
    void aTypeWithoutRoomsOrWithoutExistenceHasNothingToReserve() {
        saveRoomType("NONE", 0);

        assertThat(reserve("NONE", 0, 1)).isFalse();
        assertThat(reserve("GHOST", 0, 1)).isFalse();
        assertThat(bookedOn("GHOST", 0)).isZero();
    }

    @Test
    void releasingGivesTheRoomsBackAndNeverGoesBelowZero() {
        saveRoomType("DBL", 1);
        reserve("DBL", 0, 2);

        inTransaction(() -> ports.reserveInventory().releaseRoom(code("DBL"), stay(0, 2)));
        inTransaction(() -> ports.reserveInventory().releaseRoom(code("DBL"), stay(0, 3)));

        assertThat(bookedOn("DBL", 0)).isZero();
        assertThat(bookedOn("DBL", 1)).isZero();
        assertThat(bookedOn("DBL", 2)).isZero();
        assertThat(reserve("DBL", 0, 2)).isTrue();
    }

    @Test
    void aRolledBackReservationTakesNothing() {
        saveRoomType("DBL", 1);

        try {
            inTransaction(() -> {
                ports.reserveInventory().reserveRoom(code("DBL"), stay(0, 2));
                throw new IllegalStateException("the booking failed after the reservation");
            });
        } catch (IllegalStateException expected) {
            // the unit of work rolled back
        }

        assertThat(bookedOn("DBL", 0)).isZero();
        assertThat(reserve("DBL", 0, 2)).isTrue();
    }
}
