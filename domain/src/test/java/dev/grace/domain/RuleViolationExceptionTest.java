package dev.grace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleViolationExceptionTest {
    @Test
    void theCodeIsTheFirstViolationsAndEveryViolationIsKept() {
        var first = new Violation(ErrorCode.CHECK_IN_IN_PAST, "check_in", "in the past");
        var second = new Violation(ErrorCode.INVALID_GUESTS, "guests", "too many");
        var thrown = new RuleViolationException(List.of(first, second));
        assertThat(thrown.code()).isEqualTo(ErrorCode.CHECK_IN_IN_PAST);
        assertThat(thrown.violations()).containsExactly(first, second);
        assertThat(thrown.getMessage()).isEqualTo("in the past");
    }

    @Test
    void aViolationIsNeededAndViolationsCollectInOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleViolationException(List.of()));
        Violations violations = new Violations();
        violations.throwIfAny();
        assertThat(violations.isEmpty()).isTrue();
        violations.add(ErrorCode.NO_RATE, "room_type", "no rate");
        assertThat(violations.list()).extracting(Violation::code).containsExactly(ErrorCode.NO_RATE);
        assertThat(Broken.violation(violations::throwIfAny).code()).isEqualTo(ErrorCode.NO_RATE);
    }

    @Test
    void everyCodeHasTheContractsWireNameAndKind() {
        assertThat(ErrorCode.CHECK_OUT_NOT_AFTER_CHECK_IN.wire()).isEqualTo("check_out_not_after_check_in");
        assertThat(ErrorCode.EVENT_ID_REUSE.wire()).isEqualTo("event_id_reuse");
        assertThat(ErrorCode.UNKNOWN_ROOM_TYPE.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(ErrorCode.UNKNOWN_BOOKING.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(ErrorCode.SOLD_OUT.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(ErrorCode.INVENTORY_BELOW_BOOKINGS.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(ErrorCode.DUPLICATE_REFERENCE.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(ErrorCode.RATES_IN_PAST.kind()).isEqualTo(ErrorKind.INVALID);
    }
}
