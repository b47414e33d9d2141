package dev.grace.application.port.out;

import dev.grace.application.port.in.RecordedResponse;
import java.util.Objects;

/** An event whose final outcome is stored: its body hash and the response its first delivery got. */
public record StoredEvent(String eventId, String bodySha256, RecordedResponse response) {
    public StoredEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(bodySha256, "bodySha256");
        Objects.requireNonNull(response, "response");
    }
}
