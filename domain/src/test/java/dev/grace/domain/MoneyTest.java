package dev.grace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0E+3", "120", "120.5", "120.50", "120.500000", "99999999.99", "1E+2",
            "0.01"})
    void pricesFromZeroToTheMaximumWithTwoDecimalsAreValid(String price) {
        assertThat(Money.isValidPrice(new BigDecimal(price))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-1", "100000000", "99999999.991", "0.001", "120.505", "1E+9", "1E-3"})
    void negativeHugeOrTooPrecisePricesAreInvalid(String price) {
        assertThat(Money.isValidPrice(new BigDecimal(price))).isFalse();
    }

    @Test
    void aMissingPriceIsInvalid() {
        assertThat(Money.isValidPrice(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "GBP", "CHF"})
    void isoCurrenciesWithTwoMinorDigitsAreAccepted(String code) {
        assertThat(Money.currencyOf(code)).contains(Currency.getInstance(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "eur", "EURO", "EU", "ABC", "JPY", "BHD", "XXX", "XAU", "E1R", " EUR"})
    void otherCurrenciesAreRefused(String code) {
        assertThat(Money.currencyOf(code)).isEmpty();
    }

    @Test
    void amountsAreKeptAtTwoDecimalsWithoutRounding() {
        assertThat(new Money(new BigDecimal("120.5"), EUR).plainAmount()).isEqualTo("120.50");
        assertThat(new Money(new BigDecimal("1E+2"), EUR).plainAmount()).isEqualTo("100.00");
        assertThatThrownBy(() -> new Money(new BigDecimal("1.005"), EUR)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void moneyAddsOnlyWithinOneCurrency() {
        Money sum = new Money(new BigDecimal("0.10"), EUR).plus(new Money(new BigDecimal("0.20"), EUR));
        assertThat(sum).isEqualTo(new Money(new BigDecimal("0.30"), EUR));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sum.plus(Money.zero(Currency.getInstance("USD"))));
    }
}
