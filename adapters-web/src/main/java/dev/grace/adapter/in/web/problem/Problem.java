package dev.grace.adapter.in.web.problem;

import java.util.List;
import java.util.Objects;

/**
 * An error answer before it is given its request id and rendered.
 *
 * @param status the HTTP status
 * @param code the contract's stable machine-readable code; for validation errors the first broken rule's
 * @param detail a sentence a person can act on; never a stack trace, SQL, class name, secret or expected signature
 * @param errors every broken rule, for validation errors; empty otherwise
 */
public record Problem(int status, String code, String detail, List<FieldProblem> errors) {
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        errors = List.copyOf(errors);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has an error status, not " + status);
        }
    }

    public static Problem of(int status, String code, String detail) {
        return new Problem(status, code, detail, List.of());
    }

    public static Problem invalid(int status, String code, String detail, List<FieldProblem> errors) {
        return new Problem(status, code, detail, errors);
    }
}
