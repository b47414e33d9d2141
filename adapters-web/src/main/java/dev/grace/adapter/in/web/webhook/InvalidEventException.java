package dev.grace.adapter.in.web.webhook;

import dev.grace.adapter.in.web.problem.FieldProblem;
import java.util.List;

/** The body is JSON but not an event Grace knows how to read (400 {@code invalid_event}). */
public final class InvalidEventException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> errors;

    public InvalidEventException(List<FieldProblem> errors) {
        super(errors.get(0).field() + ": " + errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
