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
     * Must be called inside a unit of work; a claim ends with it (and is gone if it rolls back). The stored
     * event is returned whatever {@code bodySha256} is given: comparing the hashes is the caller's business.
     */
    Optional<StoredEvent> claim(String eventId, String bodySha256);

    /**
     * Store the final outcome of an event claimed in this unit of work, with the body hash given to
     * {@link #claim} and the time it was received (used by {@link #purgeReceivedBefore}).
     */
    void recordOutcome(String eventId, RecordedResponse response, Instant receivedAt);

    /** Give up a claim without storing anything, so a later delivery is evaluated afresh. */
    void releaseClaim(String eventId);

    /** Remove stored outcomes received strictly before {@code cutoff}; returns how many. */
    int purgeReceivedBefore(Instant cutoff);
}
