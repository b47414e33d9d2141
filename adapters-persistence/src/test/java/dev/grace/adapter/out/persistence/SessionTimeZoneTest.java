package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import dev.grace.application.port.in.RecordedResponse;
import dev.grace.application.port.out.UnitOfWork;
import dev.grace.domain.Booking;
import dev.grace.domain.BookingReference;
import dev.grace.domain.BookingStatus;
import dev.grace.domain.Guest;
import dev.grace.domain.Money;
import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.Stay;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dates and instants must not move with the database session's time zone or the JVM's: "today" comes from
 * the injected clock and nights are plain dates. The JVM, and with it the session, runs at UTC+14, so a
 * conversion through that zone anywhere would shift a date or an instant by a day or by hours.
 */
class SessionTimeZoneTest {
    private static final RoomTypeCode DBL = new RoomTypeCode("DBL");
    /** Late in the UTC day: already the next day in Kiritimati. */
    private static final Instant LATE = Instant.parse("2030-03-01T23:30:00Z");
    private static final LocalDate NIGHT = LocalDate.of(2030, 3, 1);

    private TestDatabase database;
    private TimeZone jvmZone;
    private JdbcClient jdbc;
    private UnitOfWork unitOfWork;

    @BeforeEach
    void farFromUtc() {
        database = TestDatabases.create().migrate();
        jvmZone = TimeZone.getDefault();
        // pgjdbc hands the JVM's zone to every session it opens, so this sets both.
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        DataSource dataSource = database.dataSource(TestDatabase.TEST_POOL);
        jdbc = JdbcClient.create(dataSource);
        unitOfWork = new JdbcUnitOfWork(dataSource);
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(jvmZone);
        database.close();
    }

    @Test
    void nightsBookingInstantsAndEventTimesReadBackUnchanged() {
        assertThat(jdbc.sql("SHOW timezone").query(String.class).single()).isEqualTo("Pacific/Kiritimati");
        JdbcRoomTypes roomTypes = new JdbcRoomTypes(jdbc);
        JdbcInventory inventory = new JdbcInventory(jdbc);
        JdbcBookings bookings = new JdbcBookings(jdbc);
        JdbcEventLog events = new JdbcEventLog(jdbc);
        Stay stay = new Stay(NIGHT, NIGHT.plusDays(1));
        Booking booking = new Booking(new BookingReference("TZ-1"), BookingStatus.CONFIRMED, DBL, stay, 1,
                new Guest("Ada", "ada@example.com"), new Money(new BigDecimal("99999999.99"),
                        Currency.getInstance("EUR")), LATE, null).cancel(LATE.plusSeconds(1));

        unitOfWork.inTransaction(() -> {
            roomTypes.saveRoomType(new RoomType(DBL, "Double", 2, 1), NIGHT);
            assertThat(inventory.reserveRoom(DBL, stay)).isTrue();
            assertThat(bookings.insertBooking(booking)).isTrue();
            assertThat(events.claim("evt-tz", "a".repeat(64))).isEmpty();
            events.recordOutcome("evt-tz", new RecordedResponse(201, new byte[] {1}), LATE);
            return null;
        });

        assertThat(unitOfWork.inTransaction(() -> inventory.bookedRooms(stay)))
                .isEqualTo(Map.of(DBL, Map.of(NIGHT, 1)));
        assertThat(unitOfWork.inTransaction(() -> bookings.findBookingForUpdate(booking.reference())))
                .contains(booking);
        assertThat(unitOfWork.inTransaction(() -> events.purgeReceivedBefore(LATE))).isZero();
        assertThat(unitOfWork.inTransaction(() -> events.purgeReceivedBefore(LATE.plusMillis(1)))).isOne();
        // the room type change judged "from today on" by the given date, not by the session's
        assertThat(jdbc.sql("SELECT count(*) FROM inventory WHERE night = :night AND rooms = 1")
                .param("night", NIGHT).query(Integer.class).single()).isOne();
    }
}
