package dev.grace.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects broken rules while a request is checked, so the caller learns about every one of them at once
 * instead of fixing them one round trip at a time. Not thread-safe; lives for one check.
 */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    public Violations add(ErrorCode code, String field, String message) {
        found.add(new Violation(code, field, message));
        return this;
    }

    public Violations addAll(List<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** @throws RuleViolationException listing every violation found, when there is at least one */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new RuleViolationException(found);
        }
    }
}
