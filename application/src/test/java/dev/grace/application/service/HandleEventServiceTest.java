package dev.grace.application.service;

import static dev.grace.application.service.Fixture.DEC1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.application.fake.InMemoryHotel;
import dev.grace.application.port.in.CancelBookingCommand;
import dev.grace.application.port.in.CreateBookingCommand;
import dev.grace.application.port.in.EventCommand;
import dev.grace.application.port.in.EventOutcome;
import dev.grace.application.port.in.EventRenderer;
import dev.grace.application.port.in.EventResult;
import dev.grace.application.port.in.IncomingEvent;
import dev.grace.application.port.in.RatesUpdated;
import dev.grace.application.port.in.RecordedResponse;
import dev.grace.application.port.in.UpdateRatesCommand;
import dev.grace.application.port.in.UpsertRoomTypeCommand;
import dev.grace.application.port.out.DatabaseUnavailableException;
import dev.grace.domain.Booking;
import dev.grace.domain.BookingStatus;
import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HandleEventServiceTest {
    private static final RoomTypeCode DBL = new RoomTypeCode("DBL");
    private final Fixture hotel = Fixture.standard();
    private final HandleEventService events = hotel.services.events();
    private final InMemoryHotel store = hotel.services.hotel();
    private final List<EventResult> rendered = new ArrayList<>();

    /** Renders like a web adapter would: status by outcome, the body naming what happened. */
    private final EventRenderer renderer = result -> {
        rendered.add(result);
        if (result instanceof EventResult.Succeeded succeeded) {
            return new RecordedResponse(succeeded.created() ? 201 : 200, ("ok " + succeeded.value()).getBytes(UTF_8));
        }
        var violation = ((EventResult.Rejected) result).violation();
        int status = switch (violation.code().kind()) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        return new RecordedResponse(status, violation.code().wire().getBytes(UTF_8));
    };

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new AssertionError(impossible);
        }
    }

    private EventOutcome deliver(String eventId, String body, EventCommand command) {
        return events.handle(new IncomingEvent(eventId, sha256(body), command), renderer);
    }

    private static String text(EventOutcome outcome) {
        return new String(outcome.response().body(), UTF_8);
    }

    private static CreateBookingCommand booking(String reference, String roomType) {
        return Fixture.booking(reference, roomType, DEC1, 2);
    }

    @Test
    void aNewBookingIsCreatedStoredAndAnswered201() {
        EventOutcome outcome = deliver("evt_1", "body-1", booking("B1", "DBL"));
        assertThat(outcome.replayed()).isFalse();
        assertThat(outcome.response().status()).isEqualTo(201);
        assertThat(rendered).singleElement().isInstanceOfSatisfying(EventResult.Succeeded.class, succeeded -> {
            assertThat(succeeded.created()).isTrue();
            assertThat(succeeded.value()).isInstanceOf(Booking.class);
        });
        assertThat(store.storedEvent("evt_1")).hasValueSatisfying(stored -> {
            assertThat(stored.bodySha256()).isEqualTo(sha256("body-1"));
            assertThat(stored.response()).isEqualTo(outcome.response());
        });
        assertThat(store.storedEventReceivedAt("evt_1")).contains(Instant.parse("2026-11-27T10:15:30Z"));
        assertThat(store.bookedOn(DBL, DEC1)).isEqualTo(1);
    }

    @Test
    void theSameEventAgainGetsTheStoredAnswerAndChangesNothing() {
        EventOutcome first = deliver("evt_1", "body-1", booking("B1", "DBL"));
        hotel.clock.advance(Duration.ofMinutes(3));
        EventOutcome again = deliver("evt_1", "body-1", booking("B1", "DBL"));
        assertThat(again.replayed()).isTrue();
        assertThat(again.response()).isEqualTo(first.response());
        assertThat(rendered).hasSize(1);
        assertThat(store.bookedOn(DBL, DEC1)).isEqualTo(1);
        assertThat(store.storedEventReceivedAt("evt_1")).contains(Instant.parse("2026-11-27T10:15:30Z"));
    }

    @Test
    void theSameIdWithAnotherBodyIsEventIdReuseAndIsNotStored() {
        EventOutcome first = deliver("evt_1", "body-1", booking("B1", "DBL"));
        EventOutcome reuse = deliver("evt_1", "body-2", booking("B2", "DBL"));
        assertThat(reuse.replayed()).isFalse();
        assertThat(reuse.response().status()).isEqualTo(409);
        assertThat(text(reuse)).isEqualTo("event_id_reuse");
        assertThat(store.booking("B2")).isEmpty();
        assertThat(store.storedEvent("evt_1").orElseThrow().response()).isEqualTo(first.response());
        // the original body still replays
        assertThat(deliver("evt_1", "body-1", booking("B1", "DBL")).replayed()).isTrue();
    }

    @Test
    void aBrokenRuleIsAFinalAnswerStoredAndReplayedEvenWhenARetryWouldNowSucceed() {
        EventOutcome rejected = deliver("evt_1", "body", Fixture.booking("B1", "DBL", DEC1, 0));
        assertThat(rejected.response().status()).isEqualTo(422);
        assertThat(store.storedEvent("evt_1")).isPresent();
        EventOutcome replay = deliver("evt_1", "body", Fixture.booking("B1", "DBL", DEC1, 0));
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.response()).isEqualTo(rejected.response());
    }

    @Test
    void aConflictIsStoredAndLeavesNothingOfTheFailedCommandBehind() {
        deliver("evt_a", "a", booking("A", "DBL"));
        deliver("evt_b", "b", booking("B", "DBL"));
        EventOutcome soldOut = deliver("evt_c", "c", booking("C", "DBL"));
        assertThat(soldOut.response().status()).isEqualTo(409);
        assertThat(text(soldOut)).isEqualTo("sold_out");
        assertThat(store.storedEvent("evt_c")).isPresent();
        // the booking row inserted before the reservation failed was undone by the savepoint
        assertThat(store.booking("C")).isEmpty();
        assertThat(store.bookedOn(DBL, DEC1)).isEqualTo(2);
    }

    @Test
    void notFoundIsNotStoredSoARetryIsEvaluatedAfresh() {
        EventOutcome early = deliver("evt_1", "body", booking("B1", "NEW"));
        assertThat(early.response().status()).isEqualTo(404);
        assertThat(text(early)).isEqualTo("unknown_room_type");
        assertThat(store.storedEvent("evt_1")).isEmpty();

        hotel.roomType("NEW", 2, 1).rates("NEW", DEC1, DEC1.plusDays(5), "50", "EUR");
        EventOutcome retry = deliver("evt_1", "body", booking("B1", "NEW"));
        assertThat(retry.replayed()).isFalse();
        assertThat(retry.response().status()).isEqualTo(201);
        assertThat(store.storedEvent("evt_1")).isPresent();
    }

    @Test
    void unknownBookingIsNotStored() {
        EventOutcome outcome = deliver("evt_x", "x", new CancelBookingCommand("NOPE"));
        assertThat(outcome.response().status()).isEqualTo(404);
        assertThat(text(outcome)).isEqualTo("unknown_booking");
        assertThat(store.storedEventCount()).isZero();
    }

    @Test
    void everyEventTypeReachesItsUseCase() {
        EventOutcome upsert = deliver("e1", "1", new UpsertRoomTypeCommand("TWN", "Twin room", 2, 3));
        assertThat(upsert.response().status()).isEqualTo(200);
        EventOutcome rates = deliver("e2", "2", new UpdateRatesCommand("TWN", DEC1, DEC1.plusDays(2),
                new BigDecimal("70"), "EUR"));
        assertThat(rates.response().status()).isEqualTo(200);
        EventOutcome created = deliver("e3", "3", booking("T1", "TWN"));
        assertThat(created.response().status()).isEqualTo(201);
        EventOutcome cancelled = deliver("e4", "4", new CancelBookingCommand("T1"));
        assertThat(cancelled.response().status()).isEqualTo(200);

        assertThat(rendered).extracting(result -> ((EventResult.Succeeded) result).value().getClass().getSimpleName())
                .containsExactly("RoomType", "RatesUpdated", "Booking", "Booking");
        assertThat(rendered).extracting(result -> ((EventResult.Succeeded) result).created())
                .containsExactly(false, false, true, false);
        assertThat(((EventResult.Succeeded) rendered.get(0)).value()).isInstanceOf(RoomType.class);
        assertThat(((RatesUpdated) ((EventResult.Succeeded) rendered.get(1)).value()).nightsUpdated()).isEqualTo(2);
        assertThat(((Booking) ((EventResult.Succeeded) rendered.get(3)).value()).status())
                .isEqualTo(BookingStatus.CANCELLED);
        assertThat(store.storedEventCount()).isEqualTo(4);
        assertThat(store.portCallsOutsideUnitOfWork()).isZero();
    }

    @Test
    void cancellingTwiceThroughTwoEventsAnswersTheSameBookingBothTimes() {
        deliver("e1", "1", booking("B1", "DBL"));
        EventOutcome first = deliver("e2", "2", new CancelBookingCommand("B1"));
        hotel.clock.advance(Duration.ofMinutes(1));
        EventOutcome second = deliver("e3", "3", new CancelBookingCommand("B1"));
        assertThat(second.response()).isEqualTo(first.response());
        assertThat(store.bookedOn(DBL, DEC1)).isZero();
    }

    @Test
    void whenTheCommitFailsNeitherTheEffectNorTheOutcomeIsKept() {
        store.failNextCommit(new DatabaseUnavailableException("database went away", null));
        assertThatThrownBy(() -> deliver("evt_1", "body", booking("B1", "DBL")))
                .isInstanceOf(DatabaseUnavailableException.class);
        assertThat(store.storedEvent("evt_1")).isEmpty();
        assertThat(store.booking("B1")).isEmpty();
        assertThat(store.bookedOn(DBL, DEC1)).isZero();
        assertThat(deliver("evt_1", "body", booking("B1", "DBL")).response().status()).isEqualTo(201);
    }

    @Test
    void whenRenderingFailsNothingIsKept() {
        EventRenderer broken = result -> {
            throw new IllegalStateException("renderer bug");
        };
        assertThatThrownBy(() -> events.handle(new IncomingEvent("evt_1", sha256("b"), booking("B1", "DBL")), broken))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.storedEvent("evt_1")).isEmpty();
        assertThat(store.booking("B1")).isEmpty();
    }

    @Test
    void concurrentDeliveriesOfOneEventRunItOnceAndAllGetItsAnswer() throws Exception {
        int deliveries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<EventOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return events.handle(new IncomingEvent("evt_c", sha256("same"), booking("CONC", "DBL")),
                            result -> new RecordedResponse(201, "created".getBytes(UTF_8)));
                }));
            }
            start.countDown();
            List<EventOutcome> answers = new ArrayList<>();
            for (Future<EventOutcome> outcome : outcomes) {
                answers.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(answers).filteredOn(outcome -> !outcome.replayed()).hasSize(1);
            assertThat(answers).extracting(EventOutcome::response).containsOnly(answers.get(0).response());
            assertThat(store.bookedOn(DBL, DEC1)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void storedOutcomesOlderThanTheRetentionArePurged() {
        deliver("old", "1", booking("B1", "DBL"));
        hotel.clock.advance(Duration.ofDays(10));
        deliver("new", "2", booking("B2", "DBL"));
        hotel.clock.advance(Duration.ofDays(20).plusSeconds(1));
        assertThat(events.purgeExpiredEvents()).isEqualTo(1);
        assertThat(store.storedEvent("old")).isEmpty();
        assertThat(store.storedEvent("new")).isPresent();
        assertThat(events.purgeExpiredEvents()).isZero();
        // a purged id is new again
        assertThat(deliver("old", "other body", booking("B3", "DBL")).replayed()).isFalse();
    }

    @Test
    void theRetentionMustBeAtLeastOneDay() {
        assertThatThrownBy(() -> new HandleEventService(store, store, hotel.services.roomTypes(), hotel.services.rates(),
                hotel.services.bookings(), hotel.services.bookings(), hotel.clock, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
