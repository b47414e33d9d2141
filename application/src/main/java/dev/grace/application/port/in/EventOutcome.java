package dev.grace.application.port.in;

import java.util.Objects;

/**
 * @param response what to send back
 * @param replayed true when this is a stored answer to an earlier delivery of the same event
 */
public record EventOutcome(RecordedResponse response, boolean replayed) {
    public EventOutcome {
        Objects.requireNonNull(response, "response");
    }
}
