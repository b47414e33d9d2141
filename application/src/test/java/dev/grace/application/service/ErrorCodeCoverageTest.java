package dev.grace.application.service;

import static dev.grace.application.service.Fixture.DEC1;
import static dev.grace.application.service.Fixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.application.port.in.CancelBookingCommand;
import dev.grace.application.port.in.CreateBookingCommand;
import dev.grace.application.port.in.EventCommand;
import dev.grace.application.port.in.EventResult;
import dev.grace.application.port.in.IncomingEvent;
import dev.grace.application.port.in.RecordedResponse;
import dev.grace.application.port.in.UpdateRatesCommand;
import dev.grace.application.port.in.UpsertRoomTypeCommand;
import dev.grace.domain.ErrorCode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One event per error code, each sent through the event handler: every code of the contract can be reached,
 * and a code added to {@link ErrorCode} without a way to reach it fails here.
 */
class ErrorCodeCoverageTest {
    private final Fixture hotel = Fixture.standard();
    private final Set<ErrorCode> seen = EnumSet.noneOf(ErrorCode.class);
    private int events;

    private void send(String body, EventCommand command) {
        String hash = String.format("%064x", body.hashCode() & 0xffffffffL);
        hotel.services.events().handle(new IncomingEvent("evt_" + events++, hash, command), result -> {
            if (result instanceof EventResult.Rejected rejected) {
                seen.add(rejected.violation().code());
            }
            return new RecordedResponse(200, new byte[0]);
        });
    }

    private static CreateBookingCommand booking(String reference, java.time.LocalDate checkIn, int nights, int guests,
            String email) {
        return new CreateBookingCommand(reference, "DBL", checkIn, checkIn.plusDays(nights), guests, "Ada", email);
    }

    @Test
    void everyErrorCodeIsReachable() {
        send("past", booking("R", TODAY.minusDays(1), 1, 1, "a@example.com"));
        send("order", booking("R", DEC1, 0, 1, "a@example.com"));
        send("long", booking("R", DEC1, 31, 1, "a@example.com"));
        send("far", booking("R", TODAY.plusDays(731), 1, 1, "a@example.com"));
        send("ref", new CreateBookingCommand("bad ref", "DBL", DEC1, DEC1.plusDays(1), 1, "Ada", "a@example.com"));
        send("guests", booking("R", DEC1, 1, 3, "a@example.com"));
        send("details", booking("R", DEC1, 1, 1, "nope"));
        send("norate", booking("R", java.time.LocalDate.parse("2027-01-01"), 1, 1, "a@example.com"));
        send("roomtype", new UpsertRoomTypeCommand("bad code", "x", 1, 1));
        send("rate", new UpdateRatesCommand("DBL", DEC1, DEC1, BigDecimal.ONE, "EUR"));
        send("ratepast", new UpdateRatesCommand("DBL", TODAY.minusDays(1), DEC1, BigDecimal.ONE, "EUR"));
        send("unknowntype", new UpdateRatesCommand("NOPE", DEC1, DEC1.plusDays(1), BigDecimal.ONE, "EUR"));
        send("unknownbooking", new CancelBookingCommand("NOPE"));
        send("ok1", booking("A", DEC1, 1, 1, "a@example.com"));
        send("dup", booking("A", DEC1, 1, 1, "a@example.com"));
        send("ok2", booking("B", DEC1, 1, 1, "a@example.com"));
        send("soldout", booking("C", DEC1, 1, 1, "a@example.com"));
        send("shrink", new UpsertRoomTypeCommand("DBL", "Double", 2, 1));
        hotel.services.events().handle(new IncomingEvent("evt_0", "f".repeat(64), new CancelBookingCommand("A")),
                result -> {
                    seen.add(((EventResult.Rejected) result).violation().code());
                    return new RecordedResponse(409, new byte[0]);
                });

        assertThat(seen).containsExactlyInAnyOrder(ErrorCode.values());
    }
}
