package dev.grace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stay prices, availability and quotes. */
class PricingTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate D1 = LocalDate.parse("2026-12-01");
    private static final Stay THREE_NIGHTS = new Stay(D1, D1.plusDays(3));
    private static final RoomType DBL = RoomType.of("DBL", "Double room", 2, 4);

    private static NightlyRate rate(LocalDate night, String price) {
        return new NightlyRate(night, new Money(new BigDecimal(price), EUR));
    }

    @Test
    void aStayCostsTheSumOfItsNights() {
        var rates = List.of(rate(D1.plusDays(2), "100.10"), rate(D1, "120"), rate(D1.plusDays(1), "99.95"),
                rate(D1.plusDays(3), "500"));
        StayPrice price = StayPrice.of(THREE_NIGHTS, rates).orElseThrow();
        assertThat(price.total()).isEqualTo(new Money(new BigDecimal("320.05"), EUR));
        assertThat(price.nightly()).extracting(NightlyRate::date).containsExactly(D1, D1.plusDays(1), D1.plusDays(2));
    }

    @Test
    void aNightWithoutARateMeansNoPrice() {
        assertThat(StayPrice.of(THREE_NIGHTS, List.of(rate(D1, "1"), rate(D1.plusDays(2), "1")))).isEmpty();
        assertThat(StayPrice.of(THREE_NIGHTS, List.of())).isEmpty();
    }

    @Test
    void nightsInMoreThanOneCurrencyMeanNoPrice() {
        var mixed = List.of(rate(D1, "1"), rate(D1.plusDays(1), "1"),
                new NightlyRate(D1.plusDays(2), new Money(BigDecimal.ONE, USD)));
        assertThat(StayPrice.of(THREE_NIGHTS, mixed)).isEmpty();
    }

    @Test
    void aStayPriceMustAddUp() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new StayPrice(new Money(BigDecimal.TEN, EUR), List.of(rate(D1, "9"))));
    }

    @Test
    void availabilityIsTheFewestRoomsLeftOnAnyNight() {
        Inventory inventory = new Inventory(4, Map.of(D1, 1, D1.plusDays(1), 3, D1.plusDays(5), 4));
        assertThat(inventory.availableFor(THREE_NIGHTS)).isEqualTo(1);
        assertThat(inventory.availableOn(D1.plusDays(2))).isEqualTo(4);
        assertThat(inventory.availableFor(new Stay(D1.plusDays(5), D1.plusDays(6)))).isZero();
    }

    @Test
    void availabilityIsNeverNegativeEvenWhenMoreAreBookedThanThereAreRooms() {
        Inventory shrunk = new Inventory(1, Map.of(D1, 3));
        assertThat(shrunk.availableOn(D1)).isZero();
        assertThat(shrunk.availableFor(THREE_NIGHTS)).isZero();
    }

    @Test
    void aQuoteListsTheNightsTheTotalAndTheRoomsLeft() {
        var rates = List.of(rate(D1, "120"), rate(D1.plusDays(1), "120"), rate(D1.plusDays(2), "120"));
        RateQuote quote = RateQuote.of(DBL, THREE_NIGHTS, rates, Map.of(D1.plusDays(1), 4)).orElseThrow();
        assertThat(quote.total().plainAmount()).isEqualTo("360.00");
        assertThat(quote.available()).isZero();
        assertThat(quote.nightly()).hasSize(3);
        assertThat(RateQuote.of(DBL, THREE_NIGHTS, rates.subList(0, 2), Map.of())).isEmpty();
    }

    @Test
    void quotesAreOrderedByTotalNumericallyThenByCodeInAscii() {
        RateQuote a = quote("B_", "9.00");
        RateQuote b = quote("B-", "9.00");
        RateQuote c = quote("A", "10.00");
        RateQuote d = quote("Z", "100.00");
        StayQuote stayQuote = new StayQuote(new Stay(D1, D1.plusDays(1)), 1, List.of(d, c, a, b));
        assertThat(stayQuote.quotes()).extracting(q -> q.roomType().code().value())
                .containsExactly("B-", "B_", "A", "Z");
        assertThat(stayQuote.nights()).isEqualTo(1);
    }

    private static RateQuote quote(String code, String total) {
        RoomType roomType = RoomType.of(code, "Room " + code, 2, 1);
        return RateQuote.of(roomType, new Stay(D1, D1.plusDays(1)), List.of(rate(D1, total)), Map.of()).orElseThrow();
    }
}
