package dev.grace.domain;

import java.util.Objects;

/** One broken rule: its code, the field it concerns (dotted path, may be empty) and a message a person can act on. */
public record Violation(ErrorCode code, String field, String message) {
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
