package dev.grace.adapter.out.persistence;

import dev.grace.application.testing.AllAtOnce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import dev.grace.application.port.out.ReserveInventoryPort;
import dev.grace.application.port.out.UnitOfWork;
import dev.grace.domain.Booking;
import dev.grace.domain.BookingReference;
import dev.grace.domain.BookingStatus;
import dev.grace.domain.ErrorCode;
import dev.grace.domain.RuleViolationException;
import dev.grace.domain.Guest;
import dev.grace.domain.Money;
import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.Stay;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many bookings of the same nights at once, through the real adapters on PostgreSQL: nothing is ever sold
 * beyond the rooms, and no deadlock reaches a caller. A negative control runs the same check against a
 * naive count-then-insert reservation to prove the check can fail.
 */
class OverbookingTest {
    private static final RoomTypeCode DBL = new RoomTypeCode("DBL");
    private static final LocalDate FIRST_NIGHT = LocalDate.of(2030, 6, 1);
    /** Enough connections for real contention, few enough to share the test server. */
    private static final PoolSettings POOL = new PoolSettings(4, 4, Duration.ofSeconds(20),
            Duration.ofMinutes(30), true, false);

    private TestDatabase database;
    private JdbcClient jdbc;
    private UnitOfWork unitOfWork;
    private JdbcInventory inventory;
    private JdbcBookings bookings;

    @BeforeEach
    void hotelWithFiveRooms() {
        database = TestDatabases.create();
        detectDeadlocksQuickly(database);
        database.migrate();
        DataSource dataSource = database.dataSource(POOL);
        jdbc = JdbcClient.create(dataSource);
        unitOfWork = new JdbcUnitOfWork(dataSource);
        inventory = new JdbcInventory(jdbc);
        bookings = new JdbcBookings(jdbc);
        unitOfWork.inTransaction(() -> {
            new JdbcRoomTypes(jdbc).saveRoomType(new RoomType(DBL, "Double", 2, 5), FIRST_NIGHT);
            return null;
        });
    }

    /**
     * PostgreSQL looks for deadlocks only after a lock wait of {@code deadlock_timeout} (1 s by default); the
     * opposite-order test provokes several, so it runs much faster with a short one. Needs a superuser; with
     * another user the test is just slower.
     */
    private static void detectDeadlocksQuickly(TestDatabase database) {
        try (Connection connection = DriverManager.getConnection(database.url().jdbcUrl(), database.url().user(),
                        database.url().password());
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + database.name() + " SET deadlock_timeout = '50ms'");
        } catch (SQLException notSuperuser) {
            // keep the server's setting
        }
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void fiftyBookingsOfTheSameThreeNightsOfFiveRoomsMakeExactlyFive() throws Exception {
        Stay stay = new Stay(FIRST_NIGHT, FIRST_NIGHT.plusDays(3));
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String reference = "R" + i;
            attempts.add(() -> book(inventory, reference, stay));
        }

        List<Boolean> results = AllAtOnce.run(attempts);

        assertThat(results.stream().filter(Boolean::booleanValue).count()).isEqualTo(5);
        assertThat(problems()).isEmpty();
        assertThat(bookedPerNight()).containsExactly(5, 5, 5);
    }

    @Test
    void overlappingStaysAndCancellationsAtOnceNeitherOverbookNorDeadlock() throws Exception {
        Random random = new Random(20301);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int from = random.nextInt(8);
            Stay stay = new Stay(FIRST_NIGHT.plusDays(from), FIRST_NIGHT.plusDays(from + 1 + random.nextInt(5)));
            String reference = "R" + i;
            attempts.add(() -> book(inventory, reference, stay) && (reference.hashCode() % 3 != 0
                    || cancel(reference)));
        }

        AllAtOnce.run(attempts);

        assertThat(problems()).isEmpty();
    }

    @Test
    void loweringTheRoomsWhileBookingsArriveNeverLeavesANightOverbooked() throws Exception {
        Stay stay = new Stay(FIRST_NIGHT, FIRST_NIGHT.plusDays(2));
        JdbcRoomTypes roomTypes = new JdbcRoomTypes(jdbc);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String reference = "R" + i;
            attempts.add(() -> book(inventory, reference, stay));
        }
        for (int rooms : new int[] {3, 2, 4}) {
            attempts.add(() -> {
                try {
                    return unitOfWork.inTransaction(() -> {
                        roomTypes.saveRoomType(new RoomType(DBL, "Double", 2, rooms), FIRST_NIGHT);
                        return true;
                    });
                } catch (RuleViolationException belowBookings) {
                    assertThat(belowBookings.code()).isEqualTo(ErrorCode.INVENTORY_BELOW_BOOKINGS);
                    return false;
                }
            });
        }

        AllAtOnce.run(attempts);

        assertThat(problems()).isEmpty();
        int rooms = jdbc.sql("SELECT rooms FROM room_type WHERE code = 'DBL'").query(Integer.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM inventory WHERE rooms <> :rooms AND night >= :first")
                .param("rooms", rooms).param("first", FIRST_NIGHT).query(Integer.class).single())
                .as("every future night carries the room type's current rooms").isZero();
    }

    /**
     * Each reservation locks its own nights in date order, but a caller that takes two stays in one unit of
     * work can still meet another taking them the other way round. Both are made to hold their first stay
     * before asking for the second, so PostgreSQL must report a deadlock; the unit of work runs the loser
     * again and neither caller sees it.
     */
    @Test
    void aDeadlockBetweenUnitsTakingTwoStaysInOppositeOrdersNeverReachesTheCaller() throws Exception {
        Stay early = new Stay(FIRST_NIGHT, FIRST_NIGHT.plusDays(3));
        Stay late = new Stay(FIRST_NIGHT.plusDays(4), FIRST_NIGHT.plusDays(7));
        CountDownLatch bothHoldTheirFirstStay = new CountDownLatch(2);
        AtomicInteger runs = new AtomicInteger();
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (boolean forwards : new boolean[] {true, false}) {
            String reference = forwards ? "FWD" : "BWD";
            Stay first = forwards ? early : late;
            Stay second = forwards ? late : early;
            attempts.add(() -> unitOfWork.inTransaction(() -> {
                runs.incrementAndGet();
                boolean reserved = inventory.reserveRoom(DBL, first);
                bothHoldTheirFirstStay.countDown();
                awaitQuietly(bothHoldTheirFirstStay);
                reserved = reserved && inventory.reserveRoom(DBL, second);
                bookings.insertBooking(booking(reference + "-1", first));
                bookings.insertBooking(booking(reference + "-2", second));
                return reserved;
            }));
        }

        List<Boolean> results = AllAtOnce.run(attempts);

        assertThat(results).containsExactly(true, true);
        assertThat(runs.get()).as("the deadlock loser ran again").isGreaterThan(2);
        assertThat(problems()).isEmpty();
        assertThat(bookedPerNight()).containsExactly(2, 2, 2, 2, 2, 2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void negativeControlTheCheckCatchesANaiveCountThenInsert() throws Exception {
        Stay stay = new Stay(FIRST_NIGHT, FIRST_NIGHT.plusDays(3));
        NaiveInventory naive = new NaiveInventory(jdbc, 6);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String reference = "N" + i;
            attempts.add(() -> book(naive, reference, stay));
        }

        List<Boolean> results = AllAtOnce.run(attempts);

        assertThat(results.stream().filter(Boolean::booleanValue).count()).isGreaterThan(5);
        assertThat(problems()).anySatisfy(problem -> assertThat(problem).contains("more bookings than rooms"));
    }

    // ------------------------------------------------------------------------------------------ harness

    private boolean book(ReserveInventoryPort reservations, String reference, Stay stay) {
        try {
            return unitOfWork.inTransaction(() -> {
                if (!bookings.insertBooking(booking(reference, stay))) {
                    throw new IllegalStateException("duplicate reference " + reference);
                }
                if (!reservations.reserveRoom(DBL, stay)) {
                    throw new SoldOut();
                }
                return true;
            });
        } catch (SoldOut soldOut) {
            return false;
        }
    }

    private boolean cancel(String reference) {
        return unitOfWork.inTransaction(() -> {
            Booking booking = bookings.findBookingForUpdate(new BookingReference(reference)).orElseThrow();
            bookings.updateBooking(booking.cancel(Instant.parse("2030-05-01T00:00:00Z")));
            inventory.releaseRoom(booking.roomType(), booking.stay());
            return true;
        });
    }

    private static Booking booking(String reference, Stay stay) {
        return new Booking(new BookingReference(reference), BookingStatus.CONFIRMED, DBL, stay, 1,
                new Guest("Guest " + reference, "guest@example.com"),
                new Money(new BigDecimal("100.00"), Currency.getInstance("EUR")),
                Instant.parse("2030-05-01T00:00:00Z"), null);
    }

    /**
     * Every way the nights can be wrong: more confirmed bookings than rooms, or an inventory count that
     * differs from the confirmed bookings covering the night.
     */
    private List<String> problems() {
        return jdbc.sql("""
                        WITH nights AS (
                            SELECT CAST(:first AS date) + offset_days AS night FROM generate_series(0, 30) AS offset_days),
                        covering AS (
                            SELECT n.night, count(b.reference) AS bookings
                            FROM nights n LEFT JOIN booking b
                              ON b.room_type = 'DBL' AND b.status = 'CONFIRMED'
                             AND b.check_in <= n.night AND b.check_out > n.night
                            GROUP BY n.night)
                        SELECT c.night, c.bookings, coalesce(i.booked, 0) AS booked, r.rooms
                        FROM covering c
                        CROSS JOIN room_type r
                        LEFT JOIN inventory i ON i.room_type = r.code AND i.night = c.night
                        WHERE r.code = 'DBL'
                        ORDER BY c.night""")
                .param("first", FIRST_NIGHT)
                .query((rs, row) -> {
                    long covering = rs.getLong("bookings");
                    int booked = rs.getInt("booked");
                    int rooms = rs.getInt("rooms");
                    String night = rs.getString("night");
                    if (covering > rooms) {
                        return night + ": more bookings than rooms (" + covering + " > " + rooms + ")";
                    }
                    if (covering != booked) {
                        return night + ": " + covering + " bookings but " + booked + " rooms booked";
                    }
                    return booked > rooms ? night + ": booked " + booked + " > rooms " + rooms : "";
                })
                .list().stream()
                .filter(problem -> !problem.isEmpty())
                .toList();
    }

    private List<Integer> bookedPerNight() {
        return jdbc.sql("SELECT booked FROM inventory WHERE room_type = 'DBL' ORDER BY night")
                .query(Integer.class)
                .list();
    }

    /** Thrown to roll a booking back when its nights are full, as the booking service does. */
    private static final class SoldOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SoldOut() {
            super("sold out", null, false, false);
        }
    }

    /**
     * The classic mistake: count the bookings covering each night, and if there is room, go ahead — with
     * nothing stopping others from counting the same nights at the same time. The latch makes the race
     * certain instead of likely: the first {@code racers} callers all count before any of them books.
     */
    private static final class NaiveInventory implements ReserveInventoryPort {
        private final JdbcClient jdbc;
        private final CountDownLatch racers;

        NaiveInventory(JdbcClient jdbc, int racers) {
            this.jdbc = jdbc;
            this.racers = new CountDownLatch(racers);
        }

        @Override
        public boolean reserveRoom(RoomTypeCode roomType, Stay stay) {
            int rooms = jdbc.sql("SELECT rooms FROM room_type WHERE code = :code")
                    .param("code", roomType.value()).query(Integer.class).single();
            for (LocalDate night : stay.dates()) {
                long others = jdbc.sql("""
                                SELECT count(*) FROM booking WHERE room_type = :code AND status = 'CONFIRMED'
                                AND check_in <= :night AND check_out > :night""")
                        .param("code", roomType.value()).param("night", night).query(Long.class).single();
                // The caller's own booking is inserted (uncommitted) already and counts itself.
                if (others > rooms) {
                    return false;
                }
            }
            racers.countDown();
            try {
                // Later callers find the latch open and go straight on.
                racers.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }

        @Override
        public void releaseRoom(RoomTypeCode roomType, Stay stay) {
            throw new UnsupportedOperationException();
        }
    }
}
