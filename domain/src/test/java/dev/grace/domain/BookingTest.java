package dev.grace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingTest {
    private static final LocalDate D1 = LocalDate.parse("2026-12-01");
    private static final Instant MADE = Instant.parse("2026-11-27T10:15:30Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    private static Booking confirmed() {
        Stay stay = new Stay(D1, D1.plusDays(2));
        StayPrice price = StayPrice.of(stay, List.of(new NightlyRate(D1, new Money(new BigDecimal("100"), EUR)),
                new NightlyRate(D1.plusDays(1), new Money(new BigDecimal("150"), EUR)))).orElseThrow();
        return Booking.confirm(new BookingReference("ABC-1.x_y"), new RoomTypeCode("DBL"), stay, 2,
                new Guest("Ada", "ada@example.com"), price, MADE);
    }

    @Test
    void aNewBookingIsConfirmedAtTheStaysPrice() {
        Booking booking = confirmed();
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.total().plainAmount()).isEqualTo("250.00");
        assertThat(booking.createdAt()).isEqualTo(MADE);
        assertThat(booking.cancelledAt()).isNull();
        assertThat(booking.nights()).isEqualTo(2);
    }

    @Test
    void cancellingKeepsThePriceAndIsIdempotent() {
        Instant first = MADE.plusSeconds(60);
        Booking cancelled = confirmed().cancel(first);
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.cancelledAt()).isEqualTo(first);
        assertThat(cancelled.total()).isEqualTo(confirmed().total());
        assertThat(cancelled.cancel(first.plusSeconds(60))).isSameAs(cancelled);
    }

    @Test
    void theInvariantsHold() {
        Booking b = confirmed();
        assertThatIllegalArgumentException().isThrownBy(() -> new Booking(b.reference(), BookingStatus.CANCELLED,
                b.roomType(), b.stay(), 2, b.guest(), b.total(), MADE, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Booking(b.reference(), BookingStatus.CONFIRMED,
                b.roomType(), b.stay(), 2, b.guest(), b.total(), MADE, MADE));
        assertThatIllegalArgumentException().isThrownBy(() -> new Booking(b.reference(), BookingStatus.CONFIRMED,
                b.roomType(), b.stay(), 0, b.guest(), b.total(), MADE, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Stay(D1, D1));
    }

    @Test
    void referencesAreOneToSixtyFourOfTheAllowedCharacters() {
        assertThat(BookingReference.isWellFormed("a")).isTrue();
        assertThat(BookingReference.isWellFormed("A.b_c-9".repeat(9) + "x")).isTrue();
        assertThat(BookingReference.isWellFormed("x".repeat(65))).isFalse();
        assertThat(BookingReference.isWellFormed("")).isFalse();
        assertThat(BookingReference.isWellFormed("a b")).isFalse();
        assertThat(BookingReference.isWellFormed("a/b")).isFalse();
        assertThat(BookingReference.isWellFormed(null)).isFalse();
    }
}
