package dev.grace.application.service;

import static dev.grace.application.service.Fixture.DEC1;
import static dev.grace.application.service.Fixture.TODAY;
import static dev.grace.application.service.Fixture.codes;
import static dev.grace.application.service.Fixture.violation;
import static dev.grace.domain.ErrorCode.INVALID_RATE;
import static dev.grace.domain.ErrorCode.RATES_IN_PAST;
import static dev.grace.domain.ErrorCode.UNKNOWN_ROOM_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.application.port.in.RatesUpdated;
import dev.grace.application.port.in.UpdateRatesCommand;
import dev.grace.domain.NightlyRate;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.Stay;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RatesServiceTest {
    private static final RoomTypeCode DBL = new RoomTypeCode("DBL");
    private final Fixture hotel = new Fixture().roomType("DBL", 2, 2);
    private final RatesService service = hotel.services.rates();

    private RatesUpdated update(String roomType, LocalDate from, LocalDate to, String price, String currency) {
        return service.updateRates(new UpdateRatesCommand(roomType, from, to, new BigDecimal(price), currency));
    }

    private List<NightlyRate> ratesOf(LocalDate from, LocalDate to) {
        return hotel.services.hotel().ratesForStay(new Stay(from, to)).getOrDefault(DBL, List.of());
    }

    @Test
    void setsThePriceOfEveryNightFromFromUntilTo() {
        RatesUpdated updated = update("DBL", DEC1, DEC1.plusDays(3), "120.5", "EUR");
        assertThat(updated).isEqualTo(new RatesUpdated(DBL, DEC1, DEC1.plusDays(3), 3));
        assertThat(ratesOf(DEC1.minusDays(1), DEC1.plusDays(5)))
                .extracting(rate -> rate.date().toString(), rate -> rate.price().plainAmount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-12-01", "120.50"),
                        org.assertj.core.groups.Tuple.tuple("2026-12-02", "120.50"),
                        org.assertj.core.groups.Tuple.tuple("2026-12-03", "120.50"));
    }

    @Test
    void aLaterUpdateReplacesThePricesItCovers() {
        update("DBL", DEC1, DEC1.plusDays(3), "100", "EUR");
        assertThat(update("DBL", DEC1.plusDays(1), DEC1.plusDays(2), "0", "EUR").nightsUpdated()).isEqualTo(1);
        assertThat(ratesOf(DEC1, DEC1.plusDays(3))).extracting(rate -> rate.price().plainAmount())
                .containsExactly("100.00", "0.00", "100.00");
    }

    @Test
    void aRangeStartingTodayAndOneOf366NightsAreAllowed() {
        assertThat(update("DBL", TODAY, TODAY.plusDays(366), "99999999.99", "EUR").nightsUpdated()).isEqualTo(366);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOPE", "dbl", "", "A B"})
    void anUnknownOrMalformedRoomTypeIsUnknownRoomTypeWhateverElseIsWrong(String roomType) {
        var thrown = violation(() -> update(roomType, TODAY.minusDays(3), TODAY.minusDays(5), "-1", "x"));
        assertThat(codes(thrown)).containsExactly(UNKNOWN_ROOM_TYPE);
    }

    @Test
    void fromNotBeforeToIsInvalidRate() {
        assertThat(codes(violation(() -> update("DBL", DEC1, DEC1, "1", "EUR")))).containsExactly(INVALID_RATE);
        assertThat(codes(violation(() -> update("DBL", DEC1, DEC1.minusDays(1), "1", "EUR")))).containsExactly(INVALID_RATE);
    }

    @Test
    void moreThan366NightsIsInvalidRate() {
        assertThat(codes(violation(() -> update("DBL", TODAY, TODAY.plusDays(367), "1", "EUR"))))
                .containsExactly(INVALID_RATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100000000.00", "1.001", "12.345"})
    void aPriceOutOfRangeOrWithMoreThanTwoDecimalsIsInvalidRate(String price) {
        var thrown = violation(() -> update("DBL", DEC1, DEC1.plusDays(1), price, "EUR"));
        assertThat(codes(thrown)).containsExactly(INVALID_RATE);
        assertThat(thrown.violations().get(0).field()).isEqualTo("price");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "JPY", "KWD", "ZZZ", "EURO"})
    void aCurrencyThatIsNotIsoWithTwoMinorDigitsIsInvalidRate(String currency) {
        var thrown = violation(() -> update("DBL", DEC1, DEC1.plusDays(1), "10", currency));
        assertThat(codes(thrown)).containsExactly(INVALID_RATE);
        assertThat(thrown.violations().get(0).field()).isEqualTo("currency");
    }

    @Test
    void aCurrencyOtherThanTheRoomTypesFutureRatesIsInvalidRate() {
        update("DBL", LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-02"), "10", "EUR");
        var thrown = violation(() -> update("DBL", DEC1, DEC1.plusDays(1), "10", "USD"));
        assertThat(codes(thrown)).containsExactly(INVALID_RATE);
        assertThat(thrown.getMessage()).contains("EUR");
        // another room type is free to use its own currency
        hotel.roomType("SGL", 1, 1);
        assertThat(update("SGL", DEC1, DEC1.plusDays(1), "10", "USD").nightsUpdated()).isEqualTo(1);
    }

    @Test
    void ratesThatAreAllInThePastDoNotFixTheCurrency() {
        update("DBL", TODAY, TODAY.plusDays(2), "10", "EUR");
        hotel.clock.advance(Duration.ofDays(2));
        assertThat(update("DBL", TODAY.plusDays(2), TODAY.plusDays(3), "10", "USD").nightsUpdated()).isEqualTo(1);
    }

    @Test
    void fromBeforeTodayIsRatesInPast() {
        var thrown = violation(() -> update("DBL", TODAY.minusDays(1), TODAY.plusDays(1), "10", "EUR"));
        assertThat(codes(thrown)).containsExactly(RATES_IN_PAST);
        assertThat(thrown.getMessage()).contains("2026-11-27");
    }

    @Test
    void everyBrokenRuleIsListedInvalidRateBeforeRatesInPast() {
        var thrown = violation(() -> update("DBL", TODAY.minusDays(1), TODAY.minusDays(1), "1.234", "JPY"));
        assertThat(codes(thrown)).containsExactly(INVALID_RATE, INVALID_RATE, INVALID_RATE, RATES_IN_PAST);
        assertThat(thrown.code()).isEqualTo(INVALID_RATE);
    }

    @Test
    void aRejectedUpdateChangesNothing() {
        update("DBL", DEC1, DEC1.plusDays(2), "10", "EUR");
        violation(() -> update("DBL", DEC1, DEC1.plusDays(2), "10", "GBP"));
        assertThat(hotel.services.hotel().portCallsOutsideUnitOfWork()).isZero();
        assertThat(ratesOf(DEC1, DEC1.plusDays(2))).extracting(rate -> rate.price().currency().getCurrencyCode())
                .containsOnly("EUR");
    }
}
