package dev.grace.application.port.in;

import java.util.Objects;

/** The service's health: UP exactly when the database answers. */
public record HealthReport(boolean up, boolean developmentMode, DatabaseHealth database, PoolStatus pool) {
    public HealthReport {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(pool, "pool");
    }
}
