package dev.grace.domain;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a request breaks one or more hotel rules. {@link #code()} is the first violation's code in
 * the contract's order; {@link #violations()} lists every broken rule found.
 */
public final class RuleViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(Objects.requireNonNull(violations, "violations").isEmpty()
                ? "no violation" : violations.get(0).message());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rule violation needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(ErrorCode code, String field, String message) {
        this(List.of(new Violation(code, field, message)));
    }

    public ErrorCode code() {
        return violations.get(0).code();
    }

    public List<Violation> violations() {
        return violations;
    }
}
