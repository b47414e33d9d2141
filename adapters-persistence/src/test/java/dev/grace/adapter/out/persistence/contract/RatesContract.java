package dev.grace.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.domain.Money;
import dev.grace.domain.NightlyRate;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code LoadRatesPort} and {@code SaveRatesPort}. */
abstract class RatesContract extends PortContract {

    RatesContract(Backend backend) {
        super(backend);
    }

    @Test
    void ratesAreSetOnEveryNightOfTheHalfOpenRangeAndReadBackInDateOrder() {
        saveRoomType("DBL", 5);
        saveRoomType("SGL", 5);
        inTransaction(() -> {
            ports.saveRates().setRates(code("DBL"), night(1), night(4), eur("120.00"));
            ports.saveRates().setRates(code("SGL"), night(3), night(4), eur("80.50"));
        });

        var rates = inTransaction(() -> ports.loadRates().ratesForStay(stay(0, 5)));

        assertThat(rates).containsOnlyKeys(code("DBL"), code("SGL"));
        assertThat(rates.get(code("DBL"))).containsExactly(
                new NightlyRate(night(1), eur("120.00")),
                new NightlyRate(night(2), eur("120.00")),
                new NightlyRate(night(3), eur("120.00")));
        assertThat(rates.get(code("SGL"))).containsExactly(new NightlyRate(night(3), eur("80.50")));
    }

    @Test
    void aStayOutsideEveryRateFindsNothing() {
        saveRoomType("DBL", 5);
        inTransaction(() -> ports.saveRates().setRates(code("DBL"), night(1), night(4), eur("120.00")));

        assertThat(inTransaction(() -> ports.loadRates().ratesForStay(stay(4, 6)))).isEmpty();
        assertThat(inTransaction(() -> ports.loadRates().ratesForStay(stay(-2, 1)))).isEmpty();
    }

    @Test
    void settingAgainReplacesPriceAndCurrencyOnTheOverlapOnly() {
        saveRoomType("DBL", 5);
        Money usd = new Money(new BigDecimal("99999999.99"), Currency.getInstance("USD"));
        inTransaction(() -> {
            ports.saveRates().setRates(code("DBL"), night(0), night(3), eur("120.00"));
            ports.saveRates().setRates(code("DBL"), night(2), night(4), usd);
        });

        assertThat(inTransaction(() -> ports.loadRates().ratesForStay(stay(0, 4))).get(code("DBL"))).containsExactly(
                new NightlyRate(night(0), eur("120.00")),
                new NightlyRate(night(1), eur("120.00")),
                new NightlyRate(night(2), usd),
                new NightlyRate(night(3), usd));
    }

    @Test
    void zeroIsAPrice() {
        saveRoomType("DBL", 5);
        inTransaction(() -> ports.saveRates().setRates(code("DBL"), night(0), night(1), eur("0")));

        assertThat(inTransaction(() -> ports.loadRates().ratesForStay(stay(0, 1))))
                .isEqualTo(Map.of(code("DBL"), List.of(new NightlyRate(night(0), eur("0.00")))));
    }

    @Test
    void currenciesAreThoseOfNightsFromTheGivenDateOn() {
        saveRoomType("DBL", 5);
        saveRoomType("SGL", 5);
        Money gbp = new Money(new BigDecimal("90"), Currency.getInstance("GBP"));
        inTransaction(() -> {
            ports.saveRates().setRates(code("DBL"), night(-5), night(-1), gbp);
            ports.saveRates().setRates(code("DBL"), night(0), night(2), eur("100"));
            ports.saveRates().setRates(code("SGL"), night(0), night(2), new Money(BigDecimal.TEN,
                    Currency.getInstance("CHF")));
        });

        assertThat(inTransaction(() -> ports.loadRates().currenciesOfRatesFrom(code("DBL"), TODAY)))
                .containsExactly(EUR);
        assertThat(inTransaction(() -> ports.loadRates().currenciesOfRatesFrom(code("DBL"), night(-10))))
                .containsExactlyInAnyOrder(EUR, Currency.getInstance("GBP"));
        assertThat(inTransaction(() -> ports.loadRates().currenciesOfRatesFrom(code("NONE"), TODAY))).isEmpty();
    }

    @Test
    void ratesForAnUnknownRoomTypeOrAnEmptyRangeAreRefused() {
        saveRoomType("DBL", 5);

        assertThatThrownBy(() -> inTransaction(
                        () -> ports.saveRates().setRates(code("NONE"), night(0), night(1), eur("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inTransaction(
                        () -> ports.saveRates().setRates(code("DBL"), night(1), night(1), eur("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(inTransaction(() -> ports.loadRates().ratesForStay(stay(0, 2)))).isEmpty();
    }
}
