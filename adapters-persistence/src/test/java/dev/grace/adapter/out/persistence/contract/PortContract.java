package dev.grace.adapter.out.persistence.contract;

import dev.grace.application.fake.HotelPorts;
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
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the contract suites: each suite states what a port promises, and runs unchanged against the
 * in-memory fake and the JDBC adapter (pooled and serverless), so the fake the services are tested with
 * cannot drift from the real thing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortContract {
    static final LocalDate TODAY = LocalDate.of(2030, 3, 10);
    static final Currency EUR = Currency.getInstance("EUR");
    static final Instant CREATED = Instant.parse("2030-03-01T10:15:30.123Z");

    private final Backend backend;
    protected HotelPorts ports;

    protected PortContract(Backend backend) {
        this.backend = backend;
    }

    @BeforeAll
    void openBackend() {
        backend.open();
    }

    @AfterAll
    void closeBackend() {
        backend.close();
    }

    @BeforeEach
    void emptyState() {
        ports = backend.reset();
    }

    protected Backend backend() {
        return backend;
    }

    <T> T inTransaction(Supplier<T> work) {
        return ports.unitOfWork().inTransaction(work);
    }

    void inTransaction(Runnable work) {
        ports.unitOfWork().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    RoomType saveRoomType(String code, int rooms) {
        RoomType roomType = new RoomType(new RoomTypeCode(code), "Room " + code, 2, rooms);
        inTransaction(() -> ports.saveRoomType().saveRoomType(roomType, TODAY));
        return roomType;
    }

    static RoomTypeCode code(String code) {
        return new RoomTypeCode(code);
    }

    static LocalDate night(int daysFromToday) {
        return TODAY.plusDays(daysFromToday);
    }

    static Stay stay(int fromDay, int toDay) {
        return new Stay(night(fromDay), night(toDay));
    }

    static Money eur(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    static Booking booking(String reference, String roomType, Stay stay) {
        return new Booking(new BookingReference(reference), BookingStatus.CONFIRMED, code(roomType), stay, 2,
                new Guest("Ada Lovelace", "ada@example.com"), eur("120.00"), CREATED, null);
    }
}
