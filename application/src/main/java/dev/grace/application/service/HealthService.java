package dev.grace.application.service;

import dev.grace.application.port.in.CheckHealthUseCase;
import dev.grace.application.port.in.DatabaseHealth;
import dev.grace.application.port.in.HealthReport;
import dev.grace.application.port.out.DatabaseHealthPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Reports health, reusing the last database probe for up to a second so that however often /health is
 * called, the database sees at most about one probe per second.
 */
public final class HealthService implements CheckHealthUseCase {
    static final Duration PROBE_REUSE = Duration.ofSeconds(1);

    private final DatabaseHealthPort database;
    private final Clock clock;
    private final boolean developmentMode;
    private final Object probeLock = new Object();
    private DatabaseHealth lastProbe;
    private Instant lastProbedAt;

    public HealthService(DatabaseHealthPort database, Clock clock, boolean developmentMode) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.developmentMode = developmentMode;
    }

    @Override
    public HealthReport checkHealth() {
        DatabaseHealth probe = probe();
        return new HealthReport(probe.up(), developmentMode, probe, database.poolStatus());
    }

    /** Callers that arrive while a probe runs wait for it and share its result instead of probing again. */
    private DatabaseHealth probe() {
        synchronized (probeLock) {
            Instant now = clock.instant();
            if (lastProbe == null || !isFresh(now)) {
                lastProbe = Objects.requireNonNull(database.probeDatabase(), "probe");
                lastProbedAt = clock.instant();
            }
            return lastProbe;
        }
    }

    private boolean isFresh(Instant now) {
        // A clock that stepped backwards makes the probe stale rather than fresh for ever.
        return !now.isBefore(lastProbedAt) && Duration.between(lastProbedAt, now).compareTo(PROBE_REUSE) < 0;
    }
}
