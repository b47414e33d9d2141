package dev.grace.application.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.application.port.in.RecordedResponse;
import dev.grace.domain.Money;
import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The fake's own guard rails: misuse that a database would also refuse fails loudly instead of passing. */
class InMemoryHotelTest {
    private static final LocalDate D1 = LocalDate.parse("2026-12-01");
    private static final RoomTypeCode DBL = new RoomTypeCode("DBL");
    private final InMemoryHotel hotel = new InMemoryHotel();

    @Test
    void theEventLogOnlyWorksInsideAUnitOfWork() {
        assertThatIllegalStateException().isThrownBy(() -> hotel.claim("e", "a".repeat(64)));
        assertThatIllegalStateException().isThrownBy(() -> hotel.undoOnFailure(() -> 1));
        assertThatIllegalStateException().isThrownBy(() -> hotel.inTransaction(() -> {
            hotel.recordOutcome("unclaimed", new RecordedResponse(200, new byte[0]), Instant.EPOCH);
            return null;
        }));
    }

    @Test
    void ratesNeedAnExistingRoomTypeAndUpdatesAnExistingBooking() {
        Money price = new Money(BigDecimal.ONE, Currency.getInstance("EUR"));
        assertThatIllegalArgumentException().isThrownBy(() -> hotel.setRates(DBL, D1, D1.plusDays(1), price));
        assertThat(hotel.reserveRoom(DBL, new dev.grace.domain.Stay(D1, D1.plusDays(1)))).isFalse();
    }

    @Test
    void portCallsOutsideAUnitOfWorkAreCountedAndCommitsAndRollbacksToo() {
        hotel.allRoomTypes();
        hotel.inTransaction(hotel::allRoomTypes);
        assertThatThrownBy(() -> hotel.inTransaction(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(hotel.portCallsOutsideUnitOfWork()).isEqualTo(1);
        assertThat(hotel.commits()).isEqualTo(1);
        assertThat(hotel.rollbacks()).isEqualTo(1);
        assertThat(hotel.inUnitOfWork()).isFalse();
        assertThat(hotel.inTransaction(hotel::inUnitOfWork)).isTrue();
    }

    @Test
    void aFailingCommitRollsTheWorkBackOnce() {
        hotel.failNextCommit(new IllegalStateException("commit failed"));
        assertThatThrownBy(() -> hotel.inTransaction(() -> {
            hotel.saveRoomType(RoomType.of("DBL", "Double", 2, 1), D1);
            return null;
        })).hasMessage("commit failed");
        assertThat(hotel.allRoomTypes()).isEmpty();
        hotel.inTransaction(() -> {
            hotel.saveRoomType(RoomType.of("DBL", "Double", 2, 1), D1);
            return null;
        });
        assertThat(hotel.allRoomTypes()).hasSize(1);
    }
}
