package dev.grace.adapter.in.web.webhook;

import dev.grace.application.port.in.EventCommand;
import java.util.Objects;

/** An event whose envelope and data have the right shape; the rules are the use case's to check. */
public record ParsedEvent(String eventId, String type, EventCommand command) {
    public ParsedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(command, "command");
    }
}
