package dev.grace.adapter.out.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * The seed's pool settings, checked against the contract's ranges. Each error message names the
 * environment variable the value came from.
 *
 * @param size connections the pool keeps ({@code DB_POOL_SIZE}, 1–500)
 * @param maxOverflow extra connections under load ({@code DB_MAX_OVERFLOW}, 0–500)
 * @param timeout how long to wait for a connection ({@code DB_POOL_TIMEOUT}, 1–600 s)
 * @param recycle age after which a connection is replaced ({@code DB_POOL_RECYCLE}, 30–86400 s)
 * @param prePing check a connection before handing it out ({@code DB_POOL_PRE_PING}); see
 *     {@code docs/operations.md} for what HikariCP does with it
 * @param serverless no pool: a new connection per unit of work ({@code IS_SERVERLESS})
 */
public record PoolSettings(
        int size, int maxOverflow, Duration timeout, Duration recycle, boolean prePing, boolean serverless) {

    /** The contract's defaults: 20 + 10 connections, 30 s timeout, recycled hourly, pre-ping on, pooled. */
    public static final PoolSettings DEFAULTS =
            new PoolSettings(20, 10, Duration.ofSeconds(30), Duration.ofSeconds(3600), true, false);

    public PoolSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(recycle, "recycle");
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("DB_POOL_SIZE must be 1-500, was " + size);
        }
        if (maxOverflow < 0 || maxOverflow > 500) {
            throw new IllegalArgumentException("DB_MAX_OVERFLOW must be 0-500, was " + maxOverflow);
        }
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofSeconds(600)) > 0) {
            throw new IllegalArgumentException("DB_POOL_TIMEOUT must be 1-600 seconds, was " + timeout.toSeconds());
        }
        if (recycle.compareTo(Duration.ofSeconds(30)) < 0 || recycle.compareTo(Duration.ofSeconds(86_400)) > 0) {
            throw new IllegalArgumentException(
                    "DB_POOL_RECYCLE must be 30-86400 seconds, was " + recycle.toSeconds());
        }
    }

    /** The most connections the pool opens: size + overflow. */
    public int max() {
        return size + maxOverflow;
    }

    public PoolSettings withServerless(boolean value) {
        return new PoolSettings(size, maxOverflow, timeout, recycle, prePing, value);
    }

    public PoolSettings withSize(int newSize, int newMaxOverflow) {
        return new PoolSettings(newSize, newMaxOverflow, timeout, recycle, prePing, serverless);
    }

    public PoolSettings withTimeout(Duration newTimeout) {
        return new PoolSettings(size, maxOverflow, newTimeout, recycle, prePing, serverless);
    }
}
