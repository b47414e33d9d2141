package dev.grace.adapter.in.web.problem;

import java.util.Objects;

/** Thrown by the adapter's own checks (query parameters, media types, event shape) to answer with a problem. */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").code(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** A problem for a bare status, as the servlet container or Spring report it. */
    static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> Problem.of(400, "bad_request", "The request could not be understood.");
            case 404 -> Problems.notFound();
            case 405 -> Problem.of(405, "method_not_allowed", "This path does not answer this method.");
            case 406 -> Problem.of(406, "not_acceptable",
                    "This resource is only available as application/json; adjust the Accept header.");
            case 413 -> Problem.of(413, "payload_too_large", "The request body is too large.");
            case 415 -> Problem.of(415, "unsupported_media_type", "The request's Content-Type is not supported here.");
            case 503 -> Problems.databaseUnavailable();
            default -> status >= 400 && status < 500
                    ? Problem.of(status, "bad_request", "The request could not be processed.")
                    : Problems.internalError();
        };
    }
}
