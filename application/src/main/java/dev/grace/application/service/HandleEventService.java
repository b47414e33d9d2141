package dev.grace.application.service;

import dev.grace.application.port.in.CancelBookingCommand;
import dev.grace.application.port.in.CancelBookingUseCase;
import dev.grace.application.port.in.CreateBookingCommand;
import dev.grace.application.port.in.CreateBookingUseCase;
import dev.grace.application.port.in.EventCommand;
import dev.grace.application.port.in.EventOutcome;
import dev.grace.application.port.in.EventRenderer;
import dev.grace.application.port.in.EventResult;
import dev.grace.application.port.in.HandleEventUseCase;
import dev.grace.application.port.in.IncomingEvent;
import dev.grace.application.port.in.PurgeEventsUseCase;
import dev.grace.application.port.in.RecordedResponse;
import dev.grace.application.port.in.UpdateRatesCommand;
import dev.grace.application.port.in.UpdateRatesUseCase;
import dev.grace.application.port.in.UpsertRoomTypeCommand;
import dev.grace.application.port.in.UpsertRoomTypeUseCase;
import dev.grace.application.port.out.EventLogPort;
import dev.grace.application.port.out.StoredEvent;
import dev.grace.application.port.out.UnitOfWork;
import dev.grace.domain.ErrorCode;
import dev.grace.domain.ErrorKind;
import dev.grace.domain.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs each signed event once per event id. The claim, the command's effect and the stored response share
 * one unit of work, so they commit together or not at all; a crash in between leaves nothing behind and
 * the sender's retry starts afresh.
 */
public final class HandleEventService implements HandleEventUseCase, PurgeEventsUseCase {
    private final EventLogPort eventLog;
    private final UnitOfWork unitOfWork;
    private final UpsertRoomTypeUseCase upsertRoomType;
    private final UpdateRatesUseCase updateRates;
    private final CreateBookingUseCase createBooking;
    private final CancelBookingUseCase cancelBooking;
    private final Clock clock;
    private final Duration retention;

    /** @param retentionDays how long stored outcomes are kept ({@code EVENT_RETENTION_DAYS}, at least 1) */
    public HandleEventService(EventLogPort eventLog, UnitOfWork unitOfWork, UpsertRoomTypeUseCase upsertRoomType,
            UpdateRatesUseCase updateRates, CreateBookingUseCase createBooking, CancelBookingUseCase cancelBooking,
            Clock clock, int retentionDays) {
        this.eventLog = Objects.requireNonNull(eventLog, "eventLog");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.upsertRoomType = Objects.requireNonNull(upsertRoomType, "upsertRoomType");
        this.updateRates = Objects.requireNonNull(updateRates, "updateRates");
        this.createBooking = Objects.requireNonNull(createBooking, "createBooking");
        this.cancelBooking = Objects.requireNonNull(cancelBooking, "cancelBooking");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1");
        }
        this.retention = Duration.ofDays(retentionDays);
    }

    @Override
    public EventOutcome handle(IncomingEvent event, EventRenderer renderer) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(renderer, "renderer");
        return unitOfWork.inTransaction(() -> {
            Optional<StoredEvent> stored = eventLog.claim(event.eventId(), event.bodySha256());
            if (stored.isPresent()) {
                return answerRedelivery(event, stored.get(), renderer);
            }
            EventResult result = execute(event.command());
            RecordedResponse response = renderer.render(result);
            if (isFinal(result)) {
                eventLog.recordOutcome(event.eventId(), response, clock.instant());
            } else {
                eventLog.releaseClaim(event.eventId());
            }
            return new EventOutcome(response, false);
        });
    }

    @Override
    public int purgeExpiredEvents() {
        Instant cutoff = clock.instant().minus(retention);
        return unitOfWork.inTransaction(() -> eventLog.purgeReceivedBefore(cutoff));
    }

    private static EventOutcome answerRedelivery(IncomingEvent event, StoredEvent stored, EventRenderer renderer) {
        if (stored.bodySha256().equals(event.bodySha256())) {
            return new EventOutcome(stored.response(), true);
        }
        // Not stored: the id keeps its first outcome, and this answer is recomputed on every reuse.
        RuleViolationException reuse = new RuleViolationException(ErrorCode.EVENT_ID_REUSE, "event_id",
                "event id '" + Existing.printable(event.eventId()) + "' was already used for a different body;"
                        + " give every new event its own id");
        return new EventOutcome(renderer.render(new EventResult.Rejected(reuse)), false);
    }

    /** Runs the command as a savepoint: a broken rule undoes whatever the command had changed. */
    private EventResult execute(EventCommand command) {
        try {
            return unitOfWork.undoOnFailure(() -> dispatch(command));
        } catch (RuleViolationException violation) {
            return new EventResult.Rejected(violation);
        }
    }

    private EventResult dispatch(EventCommand command) {
        if (command instanceof UpsertRoomTypeCommand upsert) {
            return new EventResult.Succeeded(upsertRoomType.upsertRoomType(upsert), false);
        } else if (command instanceof UpdateRatesCommand update) {
            return new EventResult.Succeeded(updateRates.updateRates(update), false);
        } else if (command instanceof CreateBookingCommand create) {
            return new EventResult.Succeeded(createBooking.createBooking(create), true);
        } else if (command instanceof CancelBookingCommand cancel) {
            return new EventResult.Succeeded(cancelBooking.cancelBooking(cancel), false);
        }
        throw new IllegalStateException("unhandled event command " + command.getClass().getName());
    }

    /** Outcomes that a retry could change (the thing named does not exist yet) are not stored. */
    private static boolean isFinal(EventResult result) {
        return !(result instanceof EventResult.Rejected rejected)
                || rejected.violation().code().kind() != ErrorKind.NOT_FOUND;
    }
}
