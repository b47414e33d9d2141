package dev.grace.application.fake;

import dev.grace.application.port.in.DatabaseHealth;
import dev.grace.application.port.in.PoolStatus;
import dev.grace.application.port.out.DatabaseHealthPort;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/** A database that is up or down as the test says, counting how often it is probed. */
public final class FakeDatabaseHealth implements DatabaseHealthPort {
    private final AtomicInteger probes = new AtomicInteger();
    private volatile boolean up = true;
    private volatile PoolStatus pool = new PoolStatus("HikariCP", false, 20, 10, 30,
            OptionalInt.of(2), OptionalInt.of(18), OptionalInt.of(20), OptionalInt.of(0), OptionalInt.of(0),
            30, 3600, true);

    public void setUp(boolean databaseUp) {
        this.up = databaseUp;
    }

    public void setPool(PoolStatus status) {
        this.pool = status;
    }

    public int probes() {
        return probes.get();
    }

    @Override
    public DatabaseHealth probeDatabase() {
        probes.incrementAndGet();
        if (up) {
            return new DatabaseHealth(true, 0.8, Optional.of("15.19"), OptionalInt.of(100), OptionalInt.of(12));
        }
        return new DatabaseHealth(false, 3000.0, Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    @Override
    public PoolStatus poolStatus() {
        return pool;
    }
}
