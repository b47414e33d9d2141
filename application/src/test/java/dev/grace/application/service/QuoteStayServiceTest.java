package dev.grace.application.service;

import static dev.grace.application.service.Fixture.DEC1;
import static dev.grace.application.service.Fixture.TODAY;
import static dev.grace.application.service.Fixture.codes;
import static dev.grace.application.service.Fixture.violation;
import static dev.grace.domain.ErrorCode.CHECK_IN_IN_PAST;
import static dev.grace.domain.ErrorCode.CHECK_IN_TOO_FAR;
import static dev.grace.domain.ErrorCode.CHECK_OUT_NOT_AFTER_CHECK_IN;
import static dev.grace.domain.ErrorCode.INVALID_GUESTS;
import static dev.grace.domain.ErrorCode.STAY_TOO_LONG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.application.port.in.QuoteStayQuery;
import dev.grace.domain.RateQuote;
import dev.grace.domain.StayQuote;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteStayServiceTest {
    private final Fixture hotel = Fixture.standard();

    private StayQuote quote(LocalDate checkIn, LocalDate checkOut, int guests, String roomType) {
        return hotel.services.quotes().quote(new QuoteStayQuery(checkIn, checkOut, guests, Optional.ofNullable(roomType)));
    }

    private StayQuote quote(LocalDate checkIn, int nights, int guests) {
        return quote(checkIn, checkIn.plusDays(nights), guests, null);
    }

    @Test
    void everyRoomTypeThatFitsAndHasRatesIsQuotedCheapestFirst() {
        StayQuote quote = quote(DEC1, 3, 1);
        assertThat(quote.nights()).isEqualTo(3);
        assertThat(quote.guests()).isEqualTo(1);
        assertThat(quote.quotes()).extracting(q -> q.roomType().code().value(), q -> q.total().plainAmount(),
                RateQuote::available).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SGL", "241.50", 5),
                        org.assertj.core.groups.Tuple.tuple("DBL", "360.00", 2));
        assertThat(quote.quotes().get(1).nightly()).extracting(n -> n.date().toString())
                .containsExactly("2026-12-01", "2026-12-02", "2026-12-03");
    }

    @Test
    void roomTypesTooSmallForTheGuestsAreLeftOut() {
        assertThat(quote(DEC1, 1, 2).quotes()).extracting(q -> q.roomType().code().value()).containsExactly("DBL");
        assertThat(quote(DEC1, 1, 3).quotes()).isEmpty();
    }

    @Test
    void aRoomTypeWithoutARateOnSomeNightIsLeftOut() {
        hotel.roomType("NEW", 4, 3).rates("NEW", DEC1, DEC1.plusDays(1), "1", "EUR");
        assertThat(quote(DEC1, 1, 1).quotes()).extracting(q -> q.roomType().code().value())
                .containsExactly("NEW", "SGL", "DBL");
        assertThat(quote(DEC1, 2, 1).quotes()).extracting(q -> q.roomType().code().value())
                .containsExactly("SGL", "DBL");
        assertThat(quote(LocalDate.parse("2026-12-31"), 2, 1).quotes()).isEmpty();
    }

    @Test
    void equalTotalsAreOrderedByCodeAndTotalsCompareNumerically() {
        hotel.roomType("B", 2, 1).rates("B", DEC1, DEC1.plusDays(1), "120", "EUR")
                .roomType("A", 2, 1).rates("A", DEC1, DEC1.plusDays(1), "120.00", "EUR")
                .roomType("C", 2, 1).rates("C", DEC1, DEC1.plusDays(1), "9", "EUR");
        assertThat(quote(DEC1, 1, 1).quotes()).extracting(q -> q.roomType().code().value())
                .containsExactly("C", "SGL", "A", "B", "DBL");
    }

    @Test
    void availabilityIsTheFewestRoomsLeftOnAnyNightAndSoldOutIsStillListed() {
        hotel.book("A", "DBL", DEC1.plusDays(1), 1);
        assertThat(quote(DEC1, 3, 1).quotes()).filteredOn(q -> q.roomType().code().value().equals("DBL"))
                .singleElement().extracting(RateQuote::available).isEqualTo(1);
        hotel.book("B", "DBL", DEC1.plusDays(1), 1);
        assertThat(quote(DEC1, 3, 1).quotes()).filteredOn(q -> q.roomType().code().value().equals("DBL"))
                .singleElement().extracting(RateQuote::available).isEqualTo(0);
        assertThat(quote(DEC1, 1, 1).quotes()).filteredOn(q -> q.roomType().code().value().equals("DBL"))
                .singleElement().extracting(RateQuote::available).isEqualTo(2);
    }

    @Test
    void availabilityIsZeroNotNegativeWhenRoomsWereReducedBelowPastBookings() {
        hotel.book("A", "DBL", DEC1, 1);
        hotel.roomType("DBL", 2, 1);
        hotel.book("B", "SGL", DEC1, 1);
        assertThat(quote(DEC1, 1, 1).quotes()).extracting(RateQuote::available).allSatisfy(a -> assertThat(a).isNotNegative());
    }

    @Test
    void aFilterNarrowsToOneRoomTypeAndAnUnknownOrMalformedOneMatchesNothing() {
        assertThat(quote(DEC1, DEC1.plusDays(1), 1, "DBL").quotes()).extracting(q -> q.roomType().code().value())
                .containsExactly("DBL");
        assertThat(quote(DEC1, DEC1.plusDays(1), 1, "NOPE").quotes()).isEmpty();
        assertThat(quote(DEC1, DEC1.plusDays(1), 1, "dbl").quotes()).isEmpty();
        assertThat(quote(DEC1, DEC1.plusDays(1), 2, "SGL").quotes()).isEmpty();
    }

    @Test
    void aRoomTypeWhoseNightsAreInTwoCurrenciesCannotBeQuoted() {
        hotel.roomType("MIX", 2, 1).rates("MIX", DEC1, DEC1.plusDays(1), "1", "EUR");
        hotel.clock.set(java.time.Instant.parse("2026-12-02T00:00:00Z"));
        hotel.rates("MIX", DEC1.plusDays(1), DEC1.plusDays(2), "1", "USD");
        hotel.clock.set(java.time.Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(quote(DEC1, 2, 1).quotes()).extracting(q -> q.roomType().code().value())
                .doesNotContain("MIX").contains("DBL");
    }

    @Test
    void theDateRulesApplyInTheContractsOrder() {
        assertThat(codes(violation(() -> quote(TODAY.minusDays(1), 1, 1)))).containsExactly(CHECK_IN_IN_PAST);
        assertThat(codes(violation(() -> quote(DEC1, 0, 1)))).containsExactly(CHECK_OUT_NOT_AFTER_CHECK_IN);
        assertThat(codes(violation(() -> quote(DEC1, 31, 1)))).containsExactly(STAY_TOO_LONG);
        assertThat(quote(TODAY.plusDays(730), 1, 1).quotes()).isEmpty();
        assertThat(codes(violation(() -> quote(TODAY.plusDays(731), 1, 1)))).containsExactly(CHECK_IN_TOO_FAR);
        var all = violation(() -> quote(TODAY.minusDays(1), 40, 0));
        assertThat(codes(all)).containsExactly(CHECK_IN_IN_PAST, STAY_TOO_LONG, INVALID_GUESTS);
        assertThat(all.getMessage()).contains("2026-11-27");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 21})
    void guestsOutsideOneToTwentyAreInvalid(int guests) {
        assertThat(codes(violation(() -> quote(DEC1, 1, guests)))).containsExactly(INVALID_GUESTS);
    }

    @Test
    void twentyGuestsIsAValidQuestionEvenIfNothingFits() {
        assertThat(quote(DEC1, 1, 20).quotes()).isEmpty();
    }

    @Test
    void aQuoteReadsEverythingInOneUnitOfWork() {
        var store = hotel.services.hotel();
        int commits = store.commits();
        quote(DEC1, 3, 1);
        assertThat(store.commits()).isEqualTo(commits + 1);
        assertThat(store.portCallsOutsideUnitOfWork()).isZero();
    }
}
