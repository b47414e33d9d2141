package dev.grace.application.port.in;

import java.util.Objects;

/**
 * An authenticated event delivery.
 *
 * @param eventId the sender's event id (1–128 of {@code !}..{@code ~})
 * @param bodySha256 lower-case hex SHA-256 of the raw body bytes as received
 * @param command what the event asks for
 */
public record IncomingEvent(String eventId, String bodySha256, EventCommand command) {
    public IncomingEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(bodySha256, "bodySha256");
        Objects.requireNonNull(command, "command");
        if (eventId.isEmpty() || eventId.length() > 128 || !eventId.chars().allMatch(c -> c >= '!' && c <= '~')) {
            throw new IllegalArgumentException("event id must be 1-128 characters from ! to ~");
        }
        if (!bodySha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("bodySha256 must be 64 lower-case hex digits");
        }
    }
}
