package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import dev.grace.application.port.in.RecordedResponse;
import dev.grace.application.port.out.StoredEvent;
import dev.grace.application.port.out.UnitOfWork;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A redelivery of an old event can meet the retention purge: the claim sees the stored outcome, and the purge
 * removes it before the claim has read it. The event then has no stored outcome any more, so the delivery is
 * evaluated afresh (as after any purge) rather than failing. The purge is played by hand so the interleaving
 * is certain: it locks the row first, and deletes it once the claim waits for that lock.
 */
class EventClaimPurgeRaceTest {
    private static final String HASH = "a".repeat(64);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private TestDatabase database;
    private JdbcClient jdbc;
    private UnitOfWork unitOfWork;
    private JdbcEventLog events;

    @BeforeEach
    void anOldStoredOutcome() {
        database = TestDatabases.create().migrate();
        DataSource dataSource = database.dataSource(TestDatabase.TEST_POOL);
        jdbc = JdbcClient.create(dataSource);
        unitOfWork = new JdbcUnitOfWork(dataSource);
        events = new JdbcEventLog(jdbc);
        unitOfWork.inTransaction(() -> {
            assertThat(events.claim("evt-old", HASH)).isEmpty();
            events.recordOutcome("evt-old", new RecordedResponse(200, new byte[] {'{', '}'}), LONG_AGO);
            return null;
        });
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void aClaimWhoseStoredOutcomeIsPurgedMeanwhileGetsTheClaim() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection purge = DriverManager.getConnection(database.url().jdbcUrl(), database.url().user(),
                database.url().password())) {
            purge.setAutoCommit(false);
            try (PreparedStatement lock = purge.prepareStatement(
                    "SELECT event_id FROM processed_event WHERE event_id = 'evt-old' FOR UPDATE")) {
                lock.executeQuery().close();
            }
            Future<Optional<StoredEvent>> claim = thread.submit(() -> unitOfWork.inTransaction(() -> {
                Optional<StoredEvent> stored = events.claim("evt-old", HASH);
                if (stored.isEmpty()) {
                    events.recordOutcome("evt-old", new RecordedResponse(201, new byte[] {'!'}), LONG_AGO);
                }
                return stored;
            }));
            waitUntilWaitingOnALock(claim);
            try (PreparedStatement delete = purge.prepareStatement(
                    "DELETE FROM processed_event WHERE event_id = 'evt-old'")) {
                assertThat(delete.executeUpdate()).isOne();
            }
            purge.commit();

            assertThat(claim.get(20, TimeUnit.SECONDS)).as("no stored outcome any more: the claim is ours").isEmpty();
            assertThat(jdbc.sql("SELECT status FROM processed_event WHERE event_id = 'evt-old'")
                    .query(Integer.class).single()).isEqualTo(201);
        } finally {
            thread.shutdownNow();
        }
    }

    private void waitUntilWaitingOnALock(Future<?> call) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(20);
        while (jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = :name AND wait_event_type = 'Lock'")
                .param("name", database.name()).query(Integer.class).single() == 0) {
            if (call.isDone() || Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the claim never waited for the purge's lock");
            }
            Thread.sleep(10);
        }
    }
}
