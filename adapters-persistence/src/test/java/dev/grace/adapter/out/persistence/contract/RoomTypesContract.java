package dev.grace.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.domain.ErrorCode;
import dev.grace.domain.RoomType;
import dev.grace.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** {@code LoadRoomTypesPort} and {@code SaveRoomTypePort}. */
abstract class RoomTypesContract extends PortContract {

    RoomTypesContract(Backend backend) {
        super(backend);
    }

    @Test
    void savedRoomTypeIsFoundAndUnknownIsNot() {
        RoomType saved = saveRoomType("DBL", 10);

        assertThat(inTransaction(() -> ports.loadRoomTypes().findRoomType(code("DBL")))).contains(saved);
        assertThat(inTransaction(() -> ports.loadRoomTypes().findRoomType(code("NOPE")))).isEmpty();
    }

    @Test
    void allRoomTypesAreOrderedByTheAsciiBytesOfTheirCodes() {
        for (String code : new String[] {"_X", "B", "A", "-Z", "0", "A_", "A-"}) {
            saveRoomType(code, 1);
        }

        assertThat(inTransaction(() -> ports.loadRoomTypes().allRoomTypes()))
                .extracting(roomType -> roomType.code().value())
                .containsExactly("-Z", "0", "A", "A-", "A_", "B", "_X");
    }

    @Test
    void savingAgainReplacesNameGuestsAndRooms() {
        saveRoomType("DBL", 10);
        RoomType changed = new RoomType(code("DBL"), "Double deluxe – ünïcødé", 3, 12);

        inTransaction(() -> ports.saveRoomType().saveRoomType(changed, TODAY));

        assertThat(inTransaction(() -> ports.loadRoomTypes().allRoomTypes())).containsExactly(changed);
    }

    @Test
    void roomsCannotDropBelowWhatIsBookedFromTodayOn() {
        RoomType original = saveRoomType("DBL", 3);
        inTransaction(() -> {
            ports.reserveInventory().reserveRoom(code("DBL"), stay(2, 4));
            ports.reserveInventory().reserveRoom(code("DBL"), stay(3, 5));
        });
        RoomType tooFew = new RoomType(code("DBL"), "Smaller", 2, 1);

        assertThatThrownBy(() -> inTransaction(() -> ports.saveRoomType().saveRoomType(tooFew, TODAY)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVENTORY_BELOW_BOOKINGS));
        assertThat(inTransaction(() -> ports.loadRoomTypes().findRoomType(code("DBL")))).contains(original);
    }

    @Test
    void bookingsBeforeTodayDoNotHoldTheRoomsUp() {
        saveRoomType("DBL", 2);
        inTransaction(() -> {
            ports.reserveInventory().reserveRoom(code("DBL"), stay(-3, -1));
            ports.reserveInventory().reserveRoom(code("DBL"), stay(-3, -1));
        });
        RoomType fewer = new RoomType(code("DBL"), "Double", 2, 1);

        inTransaction(() -> ports.saveRoomType().saveRoomType(fewer, TODAY));

        assertThat(inTransaction(() -> ports.loadRoomTypes().findRoomType(code("DBL")))).contains(fewer);
    }

    @Test
    void roomsDownToExactlyWhatIsBookedThenUpAgainChangeWhatCanBeReserved() {
        saveRoomType("DBL", 3);
        inTransaction(() -> {
            ports.reserveInventory().reserveRoom(code("DBL"), stay(1, 3));
            ports.reserveInventory().reserveRoom(code("DBL"), stay(1, 3));
        });

        saveRoomType("DBL", 2);
        boolean whileFull = inTransaction(() -> ports.reserveInventory().reserveRoom(code("DBL"), stay(2, 3)));
        saveRoomType("DBL", 4);
        boolean afterGrowing = inTransaction(() -> ports.reserveInventory().reserveRoom(code("DBL"), stay(2, 3)));

        assertThat(whileFull).isFalse();
        assertThat(afterGrowing).isTrue();
    }
}
