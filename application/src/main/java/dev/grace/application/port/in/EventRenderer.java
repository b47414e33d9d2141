package dev.grace.application.port.in;

/** Supplied by the adapter that received the event: turns a result into the response its sender sees. */
@FunctionalInterface
public interface EventRenderer {
    RecordedResponse render(EventResult result);
}
