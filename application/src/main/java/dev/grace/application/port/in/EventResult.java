package dev.grace.application.port.in;

import dev.grace.domain.RuleViolationException;

/** What executing an event's command produced, before it is rendered for the sender. */
public sealed interface EventResult {
    /**
     * The command succeeded.
     *
     * @param value the {@link dev.grace.domain.RoomType}, {@link RatesUpdated} or {@link dev.grace.domain.Booking}
     * @param created true when something new was created (a booking), false for an update
     */
    record Succeeded(Object value, boolean created) implements EventResult {
    }

    /** The command broke a rule; nothing it would have changed was changed. */
    record Rejected(RuleViolationException violation) implements EventResult {
    }
}
