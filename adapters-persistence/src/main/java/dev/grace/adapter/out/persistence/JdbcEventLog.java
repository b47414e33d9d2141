package dev.grace.adapter.out.persistence;

import dev.grace.application.port.in.RecordedResponse;
import dev.grace.application.port.out.EventLogPort;
import dev.grace.application.port.out.StoredEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Processed events in {@code processed_event}.
 *
 * <p>A claim inserts a placeholder row (status NULL). A second delivery of the same id, on any instance,
 * runs into the primary key and PostgreSQL makes it wait until the first transaction ends: after a commit it
 * finds the stored outcome; after a rollback or a released claim its own insert goes through and the claim
 * is its own. A claim left neither recorded nor released is removed just before its transaction commits, so
 * a placeholder never outlives its unit of work.
 */
public final class JdbcEventLog implements EventLogPort {
    private static final int MAX_CLAIM_ATTEMPTS = 3;

    private final JdbcClient jdbc;

    public JdbcEventLog(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<StoredEvent> claim(String eventId, String bodySha256) {
        requireTransaction("claim");
        // The stored row can be purged between seeing it and locking it; then there is nothing stored any
        // more and the insert is tried again. Bounded all the same, so an unforeseen visibility rule can only
        // fail the unit of work, never spin.
        for (int attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
            Optional<Optional<StoredEvent>> claimed = tryClaim(eventId, bodySha256);
            if (claimed.isPresent()) {
                return claimed.get();
            }
        }
        throw new IllegalStateException("event " + eventId + " blocks a claim but cannot be read");
    }

    /** Empty when the row that stopped the insert was gone by the time it was locked. */
    private Optional<Optional<StoredEvent>> tryClaim(String eventId, String bodySha256) {
        int inserted = jdbc.sql("""
                        INSERT INTO processed_event (event_id, body_sha256, received_at)
                        VALUES (:eventId, :bodySha256, now())
                        ON CONFLICT (event_id) DO NOTHING""")
                .param("eventId", eventId)
                .param("bodySha256", bodySha256)
                .update();
        if (inserted == 1) {
            removeAtCommitIfUnresolved(eventId);
            return Optional.of(Optional.empty());
        }
        Optional<Stored> locked = jdbc.sql("""
                        SELECT body_sha256, status, body FROM processed_event
                        WHERE event_id = :eventId FOR UPDATE""")
                .param("eventId", eventId)
                .query((rs, row) -> new Stored(rs.getString("body_sha256"), (Integer) rs.getObject("status"),
                        rs.getBytes("body")))
                .optional();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Stored stored = locked.get();
        if (stored.status() == null) {
            // A placeholder that was committed without an outcome (written by an older version or by hand):
            // nobody holds it any more, so it is ours now.
            jdbc.sql("UPDATE processed_event SET body_sha256 = :bodySha256, received_at = now()"
                            + " WHERE event_id = :eventId")
                    .param("eventId", eventId)
                    .param("bodySha256", bodySha256)
                    .update();
            removeAtCommitIfUnresolved(eventId);
            return Optional.of(Optional.empty());
        }
        return Optional.of(Optional.of(new StoredEvent(eventId, stored.bodySha256(),
                new RecordedResponse(stored.status(), stored.body()))));
    }

    /** @throws IllegalStateException when this unit of work holds no claim on the event id */
    @Override
    public void recordOutcome(String eventId, RecordedResponse response, Instant receivedAt) {
        requireTransaction("recordOutcome");
        int updated = jdbc.sql("""
                        UPDATE processed_event SET status = :status, body = :body, received_at = :receivedAt
                        WHERE event_id = :eventId AND status IS NULL""")
                .param("eventId", eventId)
                .param("status", response.status())
                .param("body", response.body())
                .param("receivedAt", Rows.timestamp(receivedAt))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("event " + eventId + " is not claimed by this unit of work");
        }
    }

    @Override
    public void releaseClaim(String eventId) {
        requireTransaction("releaseClaim");
        jdbc.sql("DELETE FROM processed_event WHERE event_id = :eventId AND status IS NULL")
                .param("eventId", eventId)
                .update();
    }

    /** Uses the {@code received_at} index; claims in progress are never purged. */
    @Override
    public int purgeReceivedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM processed_event WHERE received_at < :cutoff AND status IS NOT NULL")
                .param("cutoff", Rows.timestamp(cutoff))
                .update();
    }

    private void removeAtCommitIfUnresolved(String eventId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                releaseClaim(eventId);
            }
        });
    }

    /** A claim outside a transaction would commit at once and block nobody: a bug in the caller. */
    private static void requireTransaction(String operation) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException(operation + " needs a running unit of work");
        }
    }

    private record Stored(String bodySha256, Integer status, byte[] body) {
    }
}
