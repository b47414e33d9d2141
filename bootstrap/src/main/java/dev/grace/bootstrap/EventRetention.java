package dev.grace.bootstrap;

import dev.grace.application.port.in.PurgeEventsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets stored webhook outcomes after {@code EVENT_RETENTION_DAYS}. Every instance runs it; the delete is
 * idempotent, so several instances purging at once do no harm.
 */
final class EventRetention {
    private static final Logger log = LoggerFactory.getLogger(EventRetention.class);

    private final PurgeEventsUseCase purgeEvents;

    EventRetention(PurgeEventsUseCase purgeEvents) {
        this.purgeEvents = purgeEvents;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void purgeExpiredEvents() {
        try {
            int purged = purgeEvents.purgeExpiredEvents();
            if (purged > 0) {
                log.info("Purged {} stored webhook outcomes past their retention", purged);
            }
        } catch (RuntimeException e) {
            // The next run tries again; a database blip must not kill the scheduler thread.
            log.warn("Purging stored webhook outcomes failed: {}", e.toString());
        }
    }
}
