package dev.grace.domain;

import static dev.grace.domain.Broken.codes;
import static dev.grace.domain.ErrorCode.CHECK_IN_IN_PAST;
import static dev.grace.domain.ErrorCode.CHECK_IN_TOO_FAR;
import static dev.grace.domain.ErrorCode.CHECK_OUT_NOT_AFTER_CHECK_IN;
import static dev.grace.domain.ErrorCode.INVALID_GUESTS;
import static dev.grace.domain.ErrorCode.STAY_TOO_LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StayPolicyTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    private final StayPolicy policy = StayPolicy.DEFAULT;

    @Test
    void aStayFromTodayBreaksNoRule() {
        assertThat(policy.checkStay(TODAY, TODAY.plusDays(1), TODAY)).isEmpty();
        assertThat(policy.stay(TODAY, TODAY.plusDays(3), TODAY)).isEqualTo(new Stay(TODAY, TODAY.plusDays(3)));
    }

    @Test
    void checkInBeforeTodayIsInThePastAndTheMessageNamesTodaysUtcDate() {
        var violations = policy.checkStay(TODAY.minusDays(1), TODAY.plusDays(1), TODAY);
        assertThat(codes(violations)).containsExactly(CHECK_IN_IN_PAST);
        assertThat(violations.get(0).field()).isEqualTo("check_in");
        assertThat(violations.get(0).message()).contains("2026-11-27").contains("UTC").contains("2026-11-26");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -30})
    void checkOutMustBeAfterCheckIn(int nights) {
        var violations = policy.checkStay(TODAY.plusDays(5), TODAY.plusDays(5 + nights), TODAY);
        assertThat(codes(violations)).containsExactly(CHECK_OUT_NOT_AFTER_CHECK_IN);
        assertThat(violations.get(0).field()).isEqualTo("check_out");
    }

    @Test
    void aStayOfExactlyMaxNightsIsAllowedOneMoreIsTooLong() {
        assertThat(policy.checkStay(TODAY, TODAY.plusDays(30), TODAY)).isEmpty();
        var violations = policy.checkStay(TODAY, TODAY.plusDays(31), TODAY);
        assertThat(codes(violations)).containsExactly(STAY_TOO_LONG);
        assertThat(violations.get(0).message()).contains("31 nights").contains("30");
    }

    @Test
    void maxStayNightsComesFromThePolicy() {
        StayPolicy shortStays = new StayPolicy(2, 730);
        assertThat(shortStays.checkStay(TODAY, TODAY.plusDays(2), TODAY)).isEmpty();
        assertThat(codes(shortStays.checkStay(TODAY, TODAY.plusDays(3), TODAY))).containsExactly(STAY_TOO_LONG);
    }

    @Test
    void checkInExactlyAtTheHorizonIsAllowedOneDayLaterIsTooFar() {
        assertThat(policy.checkStay(TODAY.plusDays(730), TODAY.plusDays(731), TODAY)).isEmpty();
        var violations = policy.checkStay(TODAY.plusDays(731), TODAY.plusDays(732), TODAY);
        assertThat(codes(violations)).containsExactly(CHECK_IN_TOO_FAR);
        assertThat(violations.get(0).message()).contains(TODAY.plusDays(730).toString());
    }

    @Test
    void bookingHorizonComesFromThePolicy() {
        StayPolicy near = new StayPolicy(30, 1);
        assertThat(near.checkStay(TODAY.plusDays(1), TODAY.plusDays(2), TODAY)).isEmpty();
        assertThat(codes(near.checkStay(TODAY.plusDays(2), TODAY.plusDays(3), TODAY))).containsExactly(CHECK_IN_TOO_FAR);
    }

    @Test
    void everyBrokenDateRuleIsListedInTheContractsOrder() {
        StayPolicy strict = new StayPolicy(1, 1);
        // past and not-after cannot be combined with too far; check the two pairs that can co-occur
        assertThat(codes(strict.checkStay(TODAY.minusDays(3), TODAY.minusDays(3), TODAY)))
                .containsExactly(CHECK_IN_IN_PAST, CHECK_OUT_NOT_AFTER_CHECK_IN);
        assertThat(codes(strict.checkStay(TODAY.minusDays(3), TODAY.plusDays(3), TODAY)))
                .containsExactly(CHECK_IN_IN_PAST, STAY_TOO_LONG);
        assertThat(codes(strict.checkStay(TODAY.plusDays(5), TODAY.plusDays(2), TODAY)))
                .containsExactly(CHECK_OUT_NOT_AFTER_CHECK_IN, CHECK_IN_TOO_FAR);
        assertThat(codes(strict.checkStay(TODAY.plusDays(5), TODAY.plusDays(9), TODAY)))
                .containsExactly(STAY_TOO_LONG, CHECK_IN_TOO_FAR);
    }

    @Test
    void stayThrowsWithEveryViolationAndTheFirstAsCode() {
        var thrown = Broken.violation(() -> policy.stay(TODAY.minusDays(1), TODAY.minusDays(2), TODAY));
        assertThat(thrown.code()).isEqualTo(CHECK_IN_IN_PAST);
        assertThat(codes(thrown.violations())).containsExactly(CHECK_IN_IN_PAST, CHECK_OUT_NOT_AFTER_CHECK_IN);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 19, 20})
    void guestsFromOneToTwentyAreAccepted(int guests) {
        assertThat(StayPolicy.checkGuests(guests)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 21, 1000})
    void guestsOutsideOneToTwentyAreInvalid(int guests) {
        var violations = StayPolicy.checkGuests(guests);
        assertThat(codes(violations)).containsExactly(INVALID_GUESTS);
        assertThat(violations.get(0).field()).isEqualTo("guests");
        assertThat(violations.get(0).message()).contains("between 1 and 20");
    }

    @Test
    void policyLimitsAreThemselvesBounded() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StayPolicy(0, 730));
        assertThatIllegalArgumentException().isThrownBy(() -> new StayPolicy(366, 730));
        assertThatIllegalArgumentException().isThrownBy(() -> new StayPolicy(30, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new StayPolicy(30, 3651));
        assertThat(new StayPolicy(365, 3650).maxStayNights()).isEqualTo(365);
    }
}
