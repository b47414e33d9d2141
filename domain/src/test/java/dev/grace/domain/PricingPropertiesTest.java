package dev.grace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.localDates;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PricingPropertiesTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate BASE = LocalDate.parse("2026-11-27");

    /** Prices in cents over the whole allowed range, with the edges made likely. */
    private static Gen<BigDecimal> prices() {
        return longs().between(0, 9_999_999_999L).mix(longs().between(0, 2), 20)
                .mix(longs().between(9_999_999_990L, 9_999_999_999L), 10)
                .map(cents -> BigDecimal.valueOf(cents, 2));
    }

    @Test
    void aQuotesTotalIsTheSumOfItsNightsAndNeverNegative() {
        qt().forAll(integers().between(0, 3650), lists().of(prices()).ofSizeBetween(1, 365))
                .checkAssert((offset, nightPrices) -> {
                    LocalDate checkIn = BASE.plusDays(offset);
                    Stay stay = new Stay(checkIn, checkIn.plusDays(nightPrices.size()));
                    List<NightlyRate> rates = new ArrayList<>();
                    for (int i = 0; i < nightPrices.size(); i++) {
                        rates.add(new NightlyRate(checkIn.plusDays(i), new Money(nightPrices.get(i), EUR)));
                    }
                    RoomType roomType = RoomType.of("DBL", "Double", 2, 3);
                    RateQuote quote = RateQuote.of(roomType, stay, rates, Map.of()).orElseThrow();
                    BigDecimal sum = nightPrices.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(quote.total().amount()).isEqualByComparingTo(sum);
                    assertThat(quote.total().amount().signum()).isNotNegative();
                    assertThat(quote.nightly().stream().map(n -> n.price().amount())
                            .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(quote.total().amount());
                    assertThat(quote.nightly()).hasSize(stay.nights());
                });
    }

    @Test
    void nightsEqualTheDaysBetweenTheDates() {
        qt().forAll(localDates().withDaysBetween(-50_000, 2_000_000), integers().between(1, 100_000))
                .checkAssert((checkIn, length) -> {
                    Stay stay = new Stay(checkIn, checkIn.plusDays(length));
                    assertThat(stay.nights()).isEqualTo(ChronoUnit.DAYS.between(checkIn, checkIn.plusDays(length)))
                            .isEqualTo(length);
                    if (length <= 400) {
                        assertThat(stay.dates()).hasSize(length).first().isEqualTo(checkIn);
                    }
                });
    }

    @Test
    void availabilityIsNeverNegativeAndNeverAboveTheRooms() {
        Gen<Map<Integer, Integer>> bookedByOffset = lists().of(integers().between(0, 40)).ofSizeBetween(0, 40)
                .zip(lists().of(integers().between(0, 20_000)).ofSize(40), (offsets, counts) -> {
                    Map<Integer, Integer> booked = new HashMap<>();
                    for (int i = 0; i < offsets.size(); i++) {
                        booked.put(offsets.get(i), counts.get(i));
                    }
                    return booked;
                });
        qt().forAll(integers().between(0, 10_000), bookedByOffset, integers().between(0, 30), integers().between(1, 30))
                .checkAssert((rooms, byOffset, start, length) -> {
                    Map<LocalDate, Integer> booked = new HashMap<>();
                    byOffset.forEach((offset, count) -> booked.put(BASE.plusDays(offset), count));
                    Inventory inventory = new Inventory(rooms, booked);
                    Stay stay = new Stay(BASE.plusDays(start), BASE.plusDays(start + length));
                    int available = inventory.availableFor(stay);
                    assertThat(available).isBetween(0, rooms);
                    int expected = stay.dates().stream()
                            .mapToInt(night -> Math.max(0, rooms - booked.getOrDefault(night, 0)))
                            .min().orElseThrow();
                    assertThat(available).isEqualTo(expected);
                });
    }
}
