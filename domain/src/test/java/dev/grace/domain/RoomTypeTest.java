package dev.grace.domain;

import static dev.grace.domain.Broken.codes;
import static dev.grace.domain.ErrorCode.INVALID_GUESTS;
import static dev.grace.domain.ErrorCode.INVALID_ROOM_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoomTypeTest {
    @Test
    void aValidRoomTypeIsBuilt() {
        RoomType roomType = RoomType.of("DBL", "Double room", 2, 10);
        assertThat(roomType).isEqualTo(new RoomType(new RoomTypeCode("DBL"), "Double room", 2, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "DBL", "SUITE_2-X", "0123456789ABCDEF"})
    void wellFormedCodesAreAccepted(String code) {
        assertThat(RoomType.check(code, "Room", 1, 0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dbl", "D B", "0123456789ABCDEFG", "DBL!", "DÉL", "DBL\n"})
    void malformedCodesAreInvalidRoomType(String code) {
        var violations = RoomType.check(code, "Room", 1, 0);
        assertThat(codes(violations)).containsExactly(INVALID_ROOM_TYPE);
        assertThat(violations.get(0).field()).isEqualTo("code");
    }

    @Test
    void nameIsOneToHundredCharactersCountedAsAPersonWould() {
        assertThat(RoomType.check("X", "a".repeat(100), 1, 0)).isEmpty();
        // 100 emoji are 200 UTF-16 units but 100 characters
        assertThat(RoomType.check("X", "\uD83D\uDE00".repeat(100), 1, 0)).isEmpty();
        assertThat(codes(RoomType.check("X", "a".repeat(101), 1, 0))).containsExactly(INVALID_ROOM_TYPE);
        assertThat(codes(RoomType.check("X", "", 1, 0))).containsExactly(INVALID_ROOM_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Double\nroom", "Tab\there", "nul\u0000", "esc\u001B", "\u001F"})
    void namesWithControlCharactersAreInvalid(String name) {
        var violations = RoomType.check("X", name, 1, 0);
        assertThat(codes(violations)).containsExactly(INVALID_ROOM_TYPE);
        assertThat(violations.get(0).field()).isEqualTo("name");
    }

    @Test
    void maxGuestsIsOneToTwentyAndRoomsZeroToTenThousand() {
        assertThat(RoomType.check("X", "n", 1, 0)).isEmpty();
        assertThat(RoomType.check("X", "n", 20, 10_000)).isEmpty();
        assertThat(RoomType.check("X", "n", 0, 0)).extracting(Violation::field).containsExactly("max_guests");
        assertThat(RoomType.check("X", "n", 21, 0)).extracting(Violation::field).containsExactly("max_guests");
        assertThat(RoomType.check("X", "n", 1, -1)).extracting(Violation::field).containsExactly("rooms");
        assertThat(RoomType.check("X", "n", 1, 10_001)).extracting(Violation::field).containsExactly("rooms");
    }

    @Test
    void everyBadFieldIsListed() {
        var thrown = Broken.violation(() -> RoomType.of("bad code", "", 0, 10_001));
        assertThat(thrown.code()).isEqualTo(INVALID_ROOM_TYPE);
        assertThat(thrown.violations()).extracting(Violation::field)
                .containsExactly("code", "name", "max_guests", "rooms");
        assertThat(thrown.violations()).allSatisfy(v -> assertThat(v.code()).isEqualTo(INVALID_ROOM_TYPE));
    }

    @Test
    void guestsAboveTheRoomTypesMaximumAreInvalidAndTheMessageNamesTheMaximum() {
        RoomType dbl = RoomType.of("DBL", "Double room", 2, 10);
        assertThat(dbl.checkGuests(1)).isEmpty();
        assertThat(dbl.checkGuests(2)).isEmpty();
        var violations = dbl.checkGuests(3);
        assertThat(codes(violations)).containsExactly(INVALID_GUESTS);
        assertThat(violations.get(0).message()).contains("at most 2");
        assertThat(codes(dbl.checkGuests(0))).containsExactly(INVALID_GUESTS);
        assertThat(dbl.checkGuests(21).get(0).message()).contains("between 1 and 20");
    }

    /** Above 20 is also above this room's maximum: naming only 20 would send the sender round again. */
    @Test
    void moreThanTwentyGuestsNamesTheRoomTypesMaximumToo() {
        var violations = RoomType.of("DBL", "Double room", 2, 10).checkGuests(21);
        assertThat(codes(violations)).containsExactly(INVALID_GUESTS);
        assertThat(violations.get(0).message()).contains("between 1 and 20").contains("at most 2");
    }

    @Test
    void theConstructorKeepsTheInvariants() {
        RoomTypeCode code = new RoomTypeCode("X");
        assertThatIllegalArgumentException().isThrownBy(() -> new RoomType(code, "a\nb", 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoomType(code, "n", 21, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoomType(code, "n", 1, 10_001));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoomTypeCode("x"));
    }

    @Test
    void codesSortByAsciiBytes() {
        assertThat(new RoomTypeCode("A-").compareTo(new RoomTypeCode("A0"))).isNegative();
        assertThat(new RoomTypeCode("Z").compareTo(new RoomTypeCode("_"))).isNegative();
        assertThat(new RoomTypeCode("DBL").compareTo(new RoomTypeCode("DBL"))).isZero();
    }

    @Test
    void aNameOfOnlySpacesIsInvalidRoomType() {
        assertThat(RoomType.check("DBL", "   ", 2, 1)).extracting(Violation::field).containsExactly("name");
        assertThat(RoomType.check("DBL", " Double ", 2, 1)).isEmpty();
    }

    @Test
    void aLoneSurrogateInTheNameIsInvalidRoomType() {
        assertThat(RoomType.check("DBL", "Double \ud800", 2, 1)).extracting(Violation::field).containsExactly("name");
        assertThat(RoomType.check("DBL", "\udfff", 2, 1)).extracting(Violation::code)
                .containsExactly(INVALID_ROOM_TYPE);
        assertThat(RoomType.check("DBL", "Double \ud83d\ude00", 2, 1)).isEmpty();
    }
}
