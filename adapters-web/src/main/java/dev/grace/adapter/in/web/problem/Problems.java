package dev.grace.adapter.in.web.problem;

import dev.grace.application.port.out.DatabaseUnavailableException;
import dev.grace.domain.RuleViolationException;
import java.util.List;
import java.util.function.UnaryOperator;

/** The problems several places answer with, so their wording and codes stay the same everywhere. */
public final class Problems {
    private Problems() {
    }

    public static Problem notFound() {
        return Problem.of(404, "not_found", "No resource exists at this path.");
    }

    public static Problem internalError() {
        return Problem.of(500, "internal_error",
                "The service failed to answer; this is a bug. Quote the request_id when reporting it.");
    }

    public static Problem databaseUnavailable() {
        return Problem.of(503, "database_unavailable",
                "The database is not available right now; retry shortly.");
    }

    /** A broken hotel rule: 422 for INVALID, 404 for NOT_FOUND, 409 for CONFLICT; every violation listed. */
    public static Problem ruleViolation(RuleViolationException violation) {
        return ruleViolation(violation, UnaryOperator.identity());
    }

    /**
     * The same, with each violation's field turned into the path the caller sent it at (a webhook's rule
     * fields live under {@code data.}, as its 400 {@code invalid_event} fields do).
     */
    public static Problem ruleViolation(RuleViolationException violation, UnaryOperator<String> fieldPath) {
        int status = switch (violation.code().kind()) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        List<FieldProblem> errors = violation.violations().stream()
                .map(v -> new FieldProblem(fieldPath.apply(v.field()), v.message()))
                .toList();
        return Problem.invalid(status, violation.code().wire(), violation.violations().get(0).message(), errors);
    }

    /** Database unavailability may arrive wrapped (a framework exception around the adapter's); look along the causes. */
    static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
