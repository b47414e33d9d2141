package dev.grace.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.domain.Booking;
import dev.grace.domain.BookingReference;
import dev.grace.domain.BookingStatus;
import dev.grace.domain.Guest;
import dev.grace.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code LoadBookingPort} and {@code SaveBookingPort}. */
abstract class BookingsContract extends PortContract {

    BookingsContract(Backend backend) {
        super(backend);
    }

    private Optional<Booking> find(String reference) {
        return inTransaction(() -> ports.loadBooking().findBookingForUpdate(new BookingReference(reference)));
    }

    @Test
    void anInsertedBookingIsFoundWithEveryField() {
        saveRoomType("DBL", 5);
        Booking booking = new Booking(new BookingReference("Ab.C-1_2"), BookingStatus.CONFIRMED, code("DBL"),
                stay(1, 31), 2, new Guest("Zoë Ådahl-Øster 🙂", "zoe.o+hotel@example.co.uk"),
                new Money(new BigDecimal("3599999999.70"), Currency.getInstance("CHF")),
                Instant.parse("2030-03-01T10:15:30.123456Z"), null);

        assertThat(inTransaction(() -> ports.saveBooking().insertBooking(booking))).isTrue();

        assertThat(find("Ab.C-1_2")).contains(booking);
        assertThat(find("ab.c-1_2")).isEmpty();
    }

    @Test
    void aSecondBookingWithTheSameReferenceIsNotWritten() {
        saveRoomType("DBL", 5);
        saveRoomType("SGL", 5);
        Booking first = booking("REF1", "DBL", stay(1, 2));

        inTransaction(() -> ports.saveBooking().insertBooking(first));
        boolean second = inTransaction(() -> ports.saveBooking().insertBooking(booking("REF1", "SGL", stay(5, 9))));

        assertThat(second).isFalse();
        assertThat(find("REF1")).contains(first);
    }

    @Test
    void anUpdateStoresTheCancellation() {
        saveRoomType("DBL", 5);
        Booking booking = booking("REF1", "DBL", stay(1, 2));
        inTransaction(() -> ports.saveBooking().insertBooking(booking));
        Booking cancelled = booking.cancel(Instant.parse("2030-03-02T08:00:00Z"));

        inTransaction(() -> ports.saveBooking().updateBooking(cancelled));

        assertThat(find("REF1")).contains(cancelled);
        assertThat(find("REF1").orElseThrow().cancelledAt()).isEqualTo(Instant.parse("2030-03-02T08:00:00Z"));
    }

    @Test
    void updatingABookingThatDoesNotExistFails() {
        saveRoomType("DBL", 5);
        Booking ghost = booking("GHOST", "DBL", stay(1, 2)).cancel(CREATED);

        assertThatThrownBy(() -> inTransaction(() -> ports.saveBooking().updateBooking(ghost)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(find("GHOST")).isEmpty();
    }
}
