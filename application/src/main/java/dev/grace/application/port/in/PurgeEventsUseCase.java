package dev.grace.application.port.in;

/** Forget stored event outcomes older than {@code EVENT_RETENTION_DAYS}. */
public interface PurgeEventsUseCase {
    /** @return how many stored outcomes were removed */
    int purgeExpiredEvents();
}
