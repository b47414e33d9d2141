package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import dev.grace.application.port.in.DatabaseHealth;
import dev.grace.application.port.in.PoolStatus;
import dev.grace.application.port.out.DatabaseUnavailableException;
import java.sql.Connection;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** DB_POOL_SIZE=1, DB_MAX_OVERFLOW=1, DB_POOL_TIMEOUT=1: what a request meets when both connections are busy. */
class PoolExhaustionTest {
    private static final PoolSettings TWO_CONNECTIONS =
            new PoolSettings(1, 1, Duration.ofSeconds(1), Duration.ofSeconds(300), true, false);

    private static TestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void withBothConnectionsHeldTheNextUnitOfWorkFailsAsUnavailableAndTheStatusShowsIt() throws Exception {
        DataSource pool = database.dataSource(TWO_CONNECTIONS);
        JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(pool);
        JdbcClient jdbc = JdbcClient.create(pool);
        JdbcDatabaseHealth health = new JdbcDatabaseHealth(pool, database.url(), TWO_CONNECTIONS);

        try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
            assertThat(first).isNotSameAs(second);
            PoolStatus exhausted = health.poolStatus();
            assertThat(exhausted.active()).hasValue(2);
            assertThat(exhausted.idle()).hasValue(0);
            assertThat(exhausted.total()).hasValue(2);
            assertThat(exhausted.overflow()).hasValue(1);
            assertThat(exhausted.max()).isEqualTo(2);

            long started = System.nanoTime();
            CompletableFuture<Integer> request = CompletableFuture.supplyAsync(
                    () -> unitOfWork.inTransaction(() -> jdbc.sql("SELECT 1").query(Integer.class).single()));
            boolean sawWaiting = false;
            while (!request.isDone() && !sawWaiting) {
                sawWaiting = health.poolStatus().waiting().equals(OptionalInt.of(1));
                Thread.sleep(5);
            }

            assertThatThrownBy(() -> request.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(DatabaseUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(sawWaiting).as("the request was seen waiting for a connection").isTrue();

            DatabaseHealth probe = health.probeDatabase();
            assertThat(probe.up()).as("the probe does not queue behind the pool").isTrue();
            assertThat(probe.connectionsInUse().orElseThrow()).isGreaterThanOrEqualTo(2);
        }

        assertThat(unitOfWork.inTransaction(() -> jdbc.sql("SELECT 1").query(Integer.class).single())).isOne();
        assertThat(health.poolStatus().waiting()).hasValue(0);
    }
}
