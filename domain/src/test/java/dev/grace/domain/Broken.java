package dev.grace.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowingConsumer;

/** Test shorthand: the codes a call breaks, in the order reported. */
final class Broken {
    private Broken() {
    }

    static List<ErrorCode> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    static RuleViolationException violation(Runnable call) {
        RuleViolationException[] caught = new RuleViolationException[1];
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolationException.class,
                (ThrowingConsumer<RuleViolationException>) thrown -> caught[0] = thrown);
        return caught[0];
    }
}
