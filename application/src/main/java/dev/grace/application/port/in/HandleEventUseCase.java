package dev.grace.application.port.in;

/**
 * Handle an authenticated event exactly once per event id.
 *
 * <p>The first delivery runs the command and, when its outcome is final (success, a broken rule of kind
 * INVALID or CONFLICT), stores the rendered response with the body hash in the same unit of work as the
 * command's effect. A later delivery with the same id and hash gets the stored response again
 * ({@code replayed}); the same id with another hash gets {@code event_id_reuse}. NOT_FOUND outcomes are not
 * stored, so a retry is evaluated afresh. Concurrent deliveries of one id wait for the first.
 */
public interface HandleEventUseCase {
    EventOutcome handle(IncomingEvent event, EventRenderer renderer);
}
