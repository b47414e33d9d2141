package dev.grace.application.port.out;

import dev.grace.application.port.in.RecordedResponse;
import java.time.Instant;
import java.util.Optional;

/** The log of processed events that makes webhook deliveries idempotent, across restarts and instances. */
public interface EventLogPort {
    /**
     * Claim the event id for this unit of work. When another unit of work holds a claim on the same id, wait
     * until it ends. Returns the stored event when the id has a stored outcome, or empty when the claim is
     * now ours (then {@link #recordOutcome} or {@link #releaseClaim} must follow in the same unit of work).
     */
    Optional<StoredEvent> claim(String eventId, String bodySha256);

    /** Store the final outcome of a claimed event, with the time it was received. */
    void recordOutcome(String eventId, RecordedResponse response, Instant receivedAt);

    /** Give up a claim without storing anything, so a later delivery is evaluated afresh. */
    void releaseClaim(String eventId);

    /** Remove stored outcomes received before {@code cutoff}; returns how many. */
    int purgeReceivedBefore(Instant cutoff);
}
