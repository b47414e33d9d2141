package dev.grace.domain;

import static dev.grace.domain.Broken.codes;
import static dev.grace.domain.ErrorCode.INVALID_RATE;
import static dev.grace.domain.ErrorCode.RATES_IN_PAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RateChangeTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    private static final RoomTypeCode DBL = new RoomTypeCode("DBL");
    private static final BigDecimal PRICE = new BigDecimal("120");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private static RateChange change(LocalDate from, LocalDate to, BigDecimal price, String currency,
            Set<Currency> existing) {
        return RateChange.of(DBL, from, to, price, currency, existing, TODAY);
    }

    @Test
    void aValidChangeCountsItsNights() {
        RateChange change = change(TODAY, TODAY.plusDays(3), new BigDecimal("120.5"), "EUR", Set.of());
        assertThat(change.nights()).isEqualTo(3);
        assertThat(change.price()).isEqualTo(new Money(new BigDecimal("120.50"), EUR));
    }

    @Test
    void fromMustBeBeforeTo() {
        var thrown = Broken.violation(() -> change(TODAY.plusDays(2), TODAY.plusDays(2), PRICE, "EUR", Set.of()));
        assertThat(codes(thrown.violations())).containsExactly(INVALID_RATE);
        assertThat(thrown.violations().get(0).field()).isEqualTo("to");
        assertThat(codes(Broken.violation(() -> change(TODAY.plusDays(3), TODAY.plusDays(2), PRICE, "EUR", Set.of()))
                .violations())).containsExactly(INVALID_RATE);
    }

    @Test
    void atMost366NightsInOneChange() {
        assertThat(change(TODAY, TODAY.plusDays(366), PRICE, "EUR", Set.of()).nights()).isEqualTo(366);
        var thrown = Broken.violation(() -> change(TODAY, TODAY.plusDays(367), PRICE, "EUR", Set.of()));
        assertThat(codes(thrown.violations())).containsExactly(INVALID_RATE);
        assertThat(thrown.getMessage()).contains("367 nights").contains("366");
    }

    @Test
    void aBadPriceIsInvalidRate() {
        for (String price : new String[] {"-1", "100000000", "1.001"}) {
            var thrown = Broken.violation(() -> change(TODAY, TODAY.plusDays(1), new BigDecimal(price), "EUR", Set.of()));
            assertThat(codes(thrown.violations())).as(price).containsExactly(INVALID_RATE);
            assertThat(thrown.violations().get(0).field()).isEqualTo("price");
        }
        assertThat(change(TODAY, TODAY.plusDays(1), new BigDecimal("1.0000"), "EUR", Set.of()).price().plainAmount())
                .isEqualTo("1.00");
    }

    @Test
    void aCurrencyThatIsNotIsoWithTwoMinorDigitsIsInvalidRate() {
        for (String currency : new String[] {"eur", "JPY", "XYZ", ""}) {
            var thrown = Broken.violation(() -> change(TODAY, TODAY.plusDays(1), PRICE, currency, Set.of()));
            assertThat(thrown.violations()).as(currency).extracting(Violation::field).containsExactly("currency");
            assertThat(thrown.code()).isEqualTo(INVALID_RATE);
        }
    }

    @Test
    void theCurrencyMustMatchTheRoomTypesRatesFromTodayOn() {
        assertThat(change(TODAY, TODAY.plusDays(1), PRICE, "EUR", Set.of(EUR)).price().currency()).isEqualTo(EUR);
        var thrown = Broken.violation(() -> change(TODAY, TODAY.plusDays(1), PRICE, "USD", Set.of(EUR)));
        assertThat(codes(thrown.violations())).containsExactly(INVALID_RATE);
        assertThat(thrown.getMessage()).contains("EUR");
        // a room type whose future rates are already mixed accepts no single currency
        assertThat(codes(Broken.violation(() -> change(TODAY, TODAY.plusDays(1), PRICE, "EUR", Set.of(EUR, USD)))
                .violations())).containsExactly(INVALID_RATE);
    }

    @Test
    void fromBeforeTodayIsRatesInPastAndTheMessageNamesToday() {
        var thrown = Broken.violation(() -> change(TODAY.minusDays(1), TODAY.plusDays(1), PRICE, "EUR", Set.of()));
        assertThat(codes(thrown.violations())).containsExactly(RATES_IN_PAST);
        assertThat(thrown.getMessage()).contains(TODAY.toString());
        assertThat(change(TODAY, TODAY.plusDays(1), PRICE, "EUR", Set.of()).from()).isEqualTo(TODAY);
    }

    @Test
    void everyBrokenRuleIsListedInvalidRateFirst() {
        var thrown = Broken.violation(() -> change(TODAY.minusDays(1), TODAY.minusDays(1), new BigDecimal("-5"), "usd",
                Set.of()));
        assertThat(thrown.code()).isEqualTo(INVALID_RATE);
        assertThat(thrown.violations()).extracting(Violation::code, Violation::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(INVALID_RATE, "to"),
                org.assertj.core.groups.Tuple.tuple(INVALID_RATE, "price"),
                org.assertj.core.groups.Tuple.tuple(INVALID_RATE, "currency"),
                org.assertj.core.groups.Tuple.tuple(RATES_IN_PAST, "from"));
    }

    @Test
    void theConstructorKeepsTheInvariants() {
        Money price = new Money(PRICE, EUR);
        assertThatIllegalArgumentException().isThrownBy(() -> new RateChange(DBL, TODAY, TODAY, price));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateChange(DBL, TODAY, TODAY.plusDays(367), price));
    }
}
