package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import dev.grace.application.port.in.UpdateRatesCommand;
import dev.grace.application.port.out.UnitOfWork;
import dev.grace.application.service.RatesService;
import dev.grace.domain.ErrorCode;
import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "A currency other than the room type's existing future rates" is a rule about what is already stored, so
 * two updates of one room type in different currencies must not both pass the check before either commits
 * (two instances, or two threads of one). The first update is held open until the second has either
 * finished or is seen waiting on a lock; only then does the first commit.
 */
class RatesCurrencyRaceTest {
    private static final RoomTypeCode DBL = new RoomTypeCode("DBL");
    private static final LocalDate TODAY = LocalDate.of(2030, 1, 1);
    private static final PoolSettings POOL = new PoolSettings(3, 0, Duration.ofSeconds(20),
            Duration.ofMinutes(30), true, false);

    private TestDatabase database;
    private JdbcClient jdbc;
    private UnitOfWork unitOfWork;
    private RatesService rates;

    @BeforeEach
    void roomTypeWithoutRates() {
        database = TestDatabases.create().migrate();
        DataSource dataSource = database.dataSource(POOL);
        jdbc = JdbcClient.create(dataSource);
        unitOfWork = new JdbcUnitOfWork(dataSource);
        JdbcRoomTypes roomTypes = new JdbcRoomTypes(jdbc);
        JdbcRates jdbcRates = new JdbcRates(jdbc);
        rates = new RatesService(roomTypes, jdbcRates, jdbcRates, unitOfWork,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        unitOfWork.inTransaction(() -> {
            roomTypes.saveRoomType(new RoomType(DBL, "Double", 2, 5), TODAY);
            return null;
        });
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void twoUpdatesInDifferentCurrenciesAtOnceNeverLeaveTheRoomTypePricedInBoth() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch firstHasWritten = new CountDownLatch(1);
            CountDownLatch secondIsDoneOrWaiting = new CountDownLatch(1);
            Future<?> first = threads.submit(() -> unitOfWork.inTransaction(() -> {
                rates.updateRates(update(TODAY.plusDays(10), "EUR"));
                firstHasWritten.countDown();
                await(secondIsDoneOrWaiting);
                return null;
            }));
            assertThat(firstHasWritten.await(20, TimeUnit.SECONDS)).isTrue();
            Future<ErrorCode> second = threads.submit(() -> {
                try {
                    rates.updateRates(update(TODAY.plusDays(40), "USD"));
                    return null;
                } catch (RuleViolationException violation) {
                    return violation.code();
                }
            });
            waitUntilDoneOrWaitingOnALock(second);
            secondIsDoneOrWaiting.countDown();
            first.get(20, TimeUnit.SECONDS);

            assertThat(second.get(20, TimeUnit.SECONDS)).as("the second update sees the first one's EUR")
                    .isEqualTo(ErrorCode.INVALID_RATE);
            assertThat(currencies()).containsExactly("EUR");
        } finally {
            threads.shutdownNow();
        }
    }

    private static UpdateRatesCommand update(LocalDate from, String currency) {
        return new UpdateRatesCommand("DBL", from, from.plusDays(3), new BigDecimal("100.00"), currency);
    }

    private void waitUntilDoneOrWaitingOnALock(Future<?> call) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(20);
        while (!call.isDone() && !someoneWaitsOnALock()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the second update neither finished nor waited on a lock");
            }
            Thread.sleep(10);
        }
    }

    private boolean someoneWaitsOnALock() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = :name AND wait_event_type = 'Lock'")
                .param("name", database.name())
                .query(Integer.class)
                .single() > 0;
    }

    private List<String> currencies() {
        return jdbc.sql("SELECT DISTINCT currency FROM nightly_rate ORDER BY currency").query(String.class).list();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the second update never got going");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
