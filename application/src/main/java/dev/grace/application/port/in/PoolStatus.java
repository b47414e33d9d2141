package dev.grace.application.port.in;

import java.util.OptionalInt;

/**
 * The connection pool's configuration and live counters, read from the pool itself (never by borrowing a
 * connection). In serverless mode {@code type} is {@code "none"} and the counters are empty.
 *
 * @param size connections the pool keeps ({@code DB_POOL_SIZE})
 * @param maxOverflow extra connections allowed under load ({@code DB_MAX_OVERFLOW})
 * @param max size + maxOverflow
 * @param overflow derived: connections open beyond {@code size} (total − size, never negative)
 */
public record PoolStatus(
        String type,
        boolean serverless,
        int size,
        int maxOverflow,
        int max,
        OptionalInt active,
        OptionalInt idle,
        OptionalInt total,
        OptionalInt waiting,
        OptionalInt overflow,
        long timeoutSeconds,
        long recycleSeconds,
        boolean prePing) {
}
