package dev.grace.application.port.out;

/**
 * No database connection could be had in time (pool exhausted past {@code DB_POOL_TIMEOUT}) or the database
 * is down. Adapters that talk to the database translate their own failures into this, so callers can answer
 * "try again shortly" (HTTP 503 with Retry-After) instead of failing as a bug.
 */
public final class DatabaseUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
