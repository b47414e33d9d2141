package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import dev.grace.application.port.in.EventOutcome;
import dev.grace.application.port.in.EventRenderer;
import dev.grace.application.port.in.EventResult;
import dev.grace.application.port.in.IncomingEvent;
import dev.grace.application.port.in.RecordedResponse;
import dev.grace.application.port.in.UpsertRoomTypeCommand;
import dev.grace.application.port.in.UpsertRoomTypeUseCase;
import dev.grace.application.service.BookingService;
import dev.grace.application.service.HandleEventService;
import dev.grace.application.service.RatesService;
import dev.grace.application.service.RoomTypeService;
import dev.grace.domain.RoomType;
import dev.grace.domain.StayPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Nothing lost or half-written", on PostgreSQL: when an event's command has already written and then fails
 * with something that is not a broken rule (a bug, a lost connection), neither its effect nor its claim is
 * kept, and the sender's retry is evaluated afresh.
 */
class EventFailureLeavesNothingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String HASH = "c".repeat(64);
    private static final EventRenderer RENDERER = result -> new RecordedResponse(
            result instanceof EventResult.Succeeded ? 200 : 422, "{}".getBytes(StandardCharsets.UTF_8));

    private TestDatabase database;
    private JdbcClient jdbc;
    private HandleEventService events;
    private final AtomicBoolean failAfterWriting = new AtomicBoolean(true);

    @BeforeEach
    void services() {
        database = TestDatabases.create().migrate();
        DataSource dataSource = database.dataSource(TestDatabase.TEST_POOL);
        jdbc = JdbcClient.create(dataSource);
        JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(dataSource);
        JdbcRoomTypes roomTypes = new JdbcRoomTypes(jdbc);
        JdbcRates rates = new JdbcRates(jdbc);
        JdbcInventory inventory = new JdbcInventory(jdbc);
        JdbcBookings bookings = new JdbcBookings(jdbc);
        RoomTypeService roomTypeService = new RoomTypeService(roomTypes, roomTypes, unitOfWork, CLOCK);
        UpsertRoomTypeUseCase writesThenFails = command -> {
            RoomType written = roomTypeService.upsertRoomType(command);
            if (failAfterWriting.get()) {
                throw new IllegalStateException("a bug after the write");
            }
            return written;
        };
        BookingService bookingService = new BookingService(roomTypes, rates, bookings, bookings, inventory,
                unitOfWork, CLOCK, StayPolicy.DEFAULT);
        events = new HandleEventService(new JdbcEventLog(jdbc), unitOfWork, writesThenFails,
                new RatesService(roomTypes, rates, rates, unitOfWork, CLOCK), bookingService, bookingService,
                CLOCK, 30);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void aCommandThatFailsAfterWritingLeavesNeitherItsEffectNorItsClaim() {
        IncomingEvent event = new IncomingEvent("evt-1", HASH, new UpsertRoomTypeCommand("DBL", "Double", 2, 5));

        assertThatThrownBy(() -> events.handle(event, RENDERER)).hasMessage("a bug after the write");

        assertThat(count("room_type")).isZero();
        assertThat(count("processed_event")).isZero();

        failAfterWriting.set(false);
        EventOutcome retry = events.handle(event, RENDERER);
        assertThat(retry.replayed()).as("evaluated afresh, not a replay").isFalse();
        assertThat(retry.response().status()).isEqualTo(200);
        assertThat(count("room_type")).isOne();
        assertThat(jdbc.sql("SELECT status FROM processed_event WHERE event_id = 'evt-1'").query(Integer.class)
                .single()).isEqualTo(200);
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }
}
