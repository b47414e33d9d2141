package dev.grace.application.port.out;

import dev.grace.application.port.in.DatabaseHealth;
import dev.grace.application.port.in.PoolStatus;

/** Looks at the database and the pool without taking a connection from the pool. */
public interface DatabaseHealthPort {
    /** Probe the database; answers within a few seconds even when the database is down or the pool is exhausted. */
    DatabaseHealth probeDatabase();

    /** The pool's counters, read from the pool itself. */
    PoolStatus poolStatus();
}
