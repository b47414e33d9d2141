package dev.grace.application.fake;

import dev.grace.application.testing.AllAtOnce;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.application.port.in.RecordedResponse;
import dev.grace.application.port.out.StoredEvent;
import dev.grace.domain.Booking;
import dev.grace.domain.BookingReference;
import dev.grace.domain.ErrorCode;
import dev.grace.domain.Guest;
import dev.grace.domain.Money;
import dev.grace.domain.NightlyRate;
import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.RuleViolationException;
import dev.grace.domain.Stay;
import dev.grace.domain.StayPrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the data ports, the event log and the unit of work must do, as their javadoc
 * says. Extend it with a class named {@code …Test} whose {@link #freshPorts()} returns ports over an empty
 * store; the in-memory hotel and the database adapter both run it, so the fakes cannot drift from the real thing.
 * Every port call is made inside a unit of work, as the services make them; instants are whole seconds so a
 * store with microsecond precision keeps them exactly.
 */
public abstract class HotelPortsContract {
    protected static final Currency EUR = Currency.getInstance("EUR");
    protected static final LocalDate D1 = LocalDate.parse("2026-12-01");
    protected static final RoomTypeCode DBL = new RoomTypeCode("DBL");
    protected static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    protected HotelPorts ports;

    /** Ports over a store that holds nothing yet; called before every test. */
    protected abstract HotelPorts freshPorts();

    @BeforeEach
    void startEmpty() {
        ports = freshPorts();
    }

    protected <T> T tx(Supplier<T> work) {
        return ports.unitOfWork().inTransaction(work);
    }

    protected void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    protected void saveRoomType(String code, int maxGuests, int rooms) {
        RoomType roomType = RoomType.of(code, "Room " + code, maxGuests, rooms);
        run(() -> ports.saveRoomType().saveRoomType(roomType, D1.minusDays(30)));
    }

    protected static Money eur(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    protected static Stay stay(int fromOffset, int nights) {
        return new Stay(D1.plusDays(fromOffset), D1.plusDays(fromOffset + nights));
    }

    protected static Booking booking(String reference, Stay stay, String nightlyPrice) {
        List<NightlyRate> nights = stay.dates().stream()
                .map(night -> new NightlyRate(night, eur(nightlyPrice)))
                .toList();
        return Booking.confirm(new BookingReference(reference), DBL, stay, 2,
                new Guest("Ada Lovelace", "ada@example.com"), StayPrice.of(stay, nights).orElseThrow(), NOW);
    }

    private int bookedOn(RoomTypeCode roomType, LocalDate night) {
        return tx(() -> ports.loadInventory().bookedRooms(new Stay(night, night.plusDays(1))))
                .getOrDefault(roomType, Map.of()).getOrDefault(night, 0);
    }

    // ---------------------------------------------------------------- room types

    @Test
    void aRoomTypeIsFoundAfterItIsSavedAndReplacedBySavingAgain() {
        assertThat(tx(() -> ports.loadRoomTypes().findRoomType(DBL))).isEmpty();
        saveRoomType("DBL", 2, 10);
        assertThat(tx(() -> ports.loadRoomTypes().findRoomType(DBL)))
                .contains(new RoomType(DBL, "Room DBL", 2, 10));
        run(() -> ports.saveRoomType().saveRoomType(RoomType.of("DBL", "Double ünïcode 😀", 3, 0), D1));
        assertThat(tx(() -> ports.loadRoomTypes().allRoomTypes()))
                .containsExactly(new RoomType(DBL, "Double ünïcode 😀", 3, 0));
    }

    @Test
    void allRoomTypesAreOrderedByCodeInAscii() {
        for (String code : new String[] {"_X", "B", "A0", "Z9", "A-", "A"}) {
            saveRoomType(code, 1, 1);
        }
        assertThat(tx(() -> ports.loadRoomTypes().allRoomTypes())).extracting(rt -> rt.code().value())
                .containsExactly("A", "A-", "A0", "B", "Z9", "_X");
    }

    @Test
    void roomsCannotDropBelowWhatIsBookedOnANightFromTodayOn() {
        saveRoomType("DBL", 2, 3);
        run(() -> {
            ports.reserveInventory().reserveRoom(DBL, stay(2, 1));
            ports.reserveInventory().reserveRoom(DBL, stay(2, 1));
        });
        RoomType oneRoom = RoomType.of("DBL", "Smaller", 2, 1);
        assertThatThrownBy(() -> run(() -> ports.saveRoomType().saveRoomType(oneRoom, D1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        thrown -> assertThat(thrown.code()).isEqualTo(ErrorCode.INVENTORY_BELOW_BOOKINGS));
        assertThat(tx(() -> ports.loadRoomTypes().findRoomType(DBL)).orElseThrow().rooms()).isEqualTo(3);
        // the night itself counts as "from today on"
        assertThatThrownBy(() -> run(() -> ports.saveRoomType().saveRoomType(oneRoom, D1.plusDays(2))))
                .isInstanceOf(RuleViolationException.class);
        run(() -> ports.saveRoomType().saveRoomType(RoomType.of("DBL", "Same", 2, 2), D1));
        // once the booked night is in the past it no longer holds the rooms back
        run(() -> ports.saveRoomType().saveRoomType(oneRoom, D1.plusDays(3)));
        assertThat(tx(() -> ports.loadRoomTypes().findRoomType(DBL)).orElseThrow().rooms()).isEqualTo(1);
    }

    /** Naming only the first night over the new count would send the sender round again with too few. */
    @Test
    void inventoryBelowBookingsNamesTheRoomsTheFullestNightNeeds() {
        saveRoomType("DBL", 2, 5);
        run(() -> {
            ports.reserveInventory().reserveRoom(DBL, stay(1, 1));
            ports.reserveInventory().reserveRoom(DBL, stay(1, 1));
            for (int i = 0; i < 4; i++) {
                ports.reserveInventory().reserveRoom(DBL, stay(3, 1));
            }
        });
        RoomType oneRoom = RoomType.of("DBL", "Smaller", 2, 1);
        assertThatThrownBy(() -> run(() -> ports.saveRoomType().saveRoomType(oneRoom, D1)))
                .isInstanceOfSatisfying(RuleViolationException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.INVENTORY_BELOW_BOOKINGS);
                    assertThat(thrown.getMessage()).contains("at least 4 rooms").contains(D1.plusDays(3).toString());
                });
    }

    // ---------------------------------------------------------------- rates

    @Test
    void ratesAreSetPerNightAndReadForTheNightsOfAStayInDateOrder() {
        saveRoomType("DBL", 2, 1);
        saveRoomType("SGL", 1, 1);
        run(() -> ports.saveRates().setRates(DBL, D1, D1.plusDays(3), eur("120.50")));
        run(() -> ports.saveRates().setRates(DBL, D1.plusDays(1), D1.plusDays(2), eur("99")));
        run(() -> ports.saveRates().setRates(new RoomTypeCode("SGL"), D1.plusDays(2), D1.plusDays(10), eur("0")));

        Map<RoomTypeCode, List<NightlyRate>> rates = tx(() -> ports.loadRates().ratesForStay(stay(-1, 4)));
        assertThat(rates.get(DBL)).containsExactly(new NightlyRate(D1, eur("120.50")),
                new NightlyRate(D1.plusDays(1), eur("99")), new NightlyRate(D1.plusDays(2), eur("120.50")));
        assertThat(rates.get(new RoomTypeCode("SGL"))).containsExactly(new NightlyRate(D1.plusDays(2), eur("0")));
        assertThat(tx(() -> ports.loadRates().ratesForStay(stay(20, 2))).getOrDefault(DBL, List.of())).isEmpty();
    }

    @Test
    void theCurrenciesOfRatesFromADateOnIncludeThatDate() {
        saveRoomType("DBL", 2, 1);
        Money usd = new Money(BigDecimal.TEN, Currency.getInstance("USD"));
        run(() -> ports.saveRates().setRates(DBL, D1, D1.plusDays(1), usd));
        run(() -> ports.saveRates().setRates(DBL, D1.plusDays(1), D1.plusDays(3), eur("10")));
        assertThat(tx(() -> ports.loadRates().currenciesOfRatesFrom(DBL, D1)))
                .isEqualTo(Set.of(EUR, Currency.getInstance("USD")));
        assertThat(tx(() -> ports.loadRates().currenciesOfRatesFrom(DBL, D1.plusDays(1)))).isEqualTo(Set.of(EUR));
        assertThat(tx(() -> ports.loadRates().currenciesOfRatesFrom(DBL, D1.plusDays(3)))).isEmpty();
        assertThat(tx(() -> ports.loadRates().currenciesOfRatesFrom(new RoomTypeCode("NONE"), D1))).isEmpty();
    }

    // ---------------------------------------------------------------- inventory

    @Test
    void aReservationTakesOneRoomOnEveryNightOfTheStayAndAReleaseGivesItBack() {
        saveRoomType("DBL", 2, 2);
        assertThat(tx(() -> ports.loadInventory().bookedRooms(stay(0, 5)))).doesNotContainKey(DBL);
        assertThat(tx(() -> ports.reserveInventory().reserveRoom(DBL, stay(1, 2)))).isTrue();
        assertThat(tx(() -> ports.reserveInventory().reserveRoom(DBL, stay(2, 2)))).isTrue();
        Map<LocalDate, Integer> booked = tx(() -> ports.loadInventory().bookedRooms(stay(0, 5))).get(DBL);
        assertThat(booked.getOrDefault(D1, 0)).isZero();
        assertThat(booked).containsEntry(D1.plusDays(1), 1).containsEntry(D1.plusDays(2), 2)
                .containsEntry(D1.plusDays(3), 1);
        assertThat(booked.getOrDefault(D1.plusDays(4), 0)).isZero();
        // only the nights of the asked stay are reported
        assertThat(tx(() -> ports.loadInventory().bookedRooms(stay(3, 1))).get(DBL)).containsOnlyKeys(D1.plusDays(3));

        run(() -> ports.reserveInventory().releaseRoom(DBL, stay(1, 2)));
        assertThat(bookedOn(DBL, D1.plusDays(1))).isZero();
        assertThat(bookedOn(DBL, D1.plusDays(2))).isEqualTo(1);
    }

    @Test
    void aReservationIsAllOrNothing() {
        saveRoomType("DBL", 2, 1);
        assertThat(tx(() -> ports.reserveInventory().reserveRoom(DBL, stay(2, 1)))).isTrue();
        assertThat(tx(() -> ports.reserveInventory().reserveRoom(DBL, stay(0, 5)))).isFalse();
        assertThat(bookedOn(DBL, D1)).isZero();
        assertThat(bookedOn(DBL, D1.plusDays(1))).isZero();
        assertThat(bookedOn(DBL, D1.plusDays(2))).isEqualTo(1);
        assertThat(bookedOn(DBL, D1.plusDays(3))).isZero();
    }

    @Test
    void aRoomTypeWithoutRoomsCannotBeReserved() {
        saveRoomType("DBL", 2, 0);
        assertThat(tx(() -> ports.reserveInventory().reserveRoom(DBL, stay(0, 1)))).isFalse();
        assertThat(bookedOn(DBL, D1)).isZero();
    }

    /**
     * The limit is the room type's rooms now, on every night of the stay, even on a night whose stored count
     * a change of rooms left alone because that change's "today" was already later (an instance whose clock
     * runs a moment ahead at midnight UTC).
     */
    @Test
    void aReservationIsLimitedByTheRoomTypesCurrentRoomsOnEveryNight() {
        saveRoomType("DBL", 2, 3);
        run(() -> {
            ports.reserveInventory().reserveRoom(DBL, stay(0, 1));
            ports.reserveInventory().reserveRoom(DBL, stay(0, 1));
        });
        run(() -> ports.saveRoomType().saveRoomType(RoomType.of("DBL", "Double", 2, 1), D1.plusDays(1)));
        assertThat(tx(() -> ports.reserveInventory().reserveRoom(DBL, stay(0, 1))))
                .as("two booked, one room: nothing left").isFalse();
        assertThat(bookedOn(DBL, D1)).isEqualTo(2);

        RoomTypeCode sgl = new RoomTypeCode("SGL");
        saveRoomType("SGL", 1, 1);
        run(() -> ports.reserveInventory().reserveRoom(sgl, stay(0, 1)));
        run(() -> ports.saveRoomType().saveRoomType(RoomType.of("SGL", "Single", 1, 3), D1.plusDays(1)));
        assertThat(tx(() -> ports.reserveInventory().reserveRoom(sgl, stay(0, 1))))
                .as("one booked, three rooms: room left").isTrue();
        assertThat(bookedOn(sgl, D1)).isEqualTo(2);
    }

    @Test
    void concurrentReservationsNeverTakeMoreRoomsThanThereAre() throws Exception {
        saveRoomType("DBL", 2, 3);
        List<Boolean> results = AllAtOnce.run(8, () -> tx(() -> ports.reserveInventory().reserveRoom(DBL, stay(0, 3))));
        assertThat(results).filteredOn(taken -> taken).hasSize(3);
        assertThat(bookedOn(DBL, D1.plusDays(1))).isEqualTo(3);
    }

    // ---------------------------------------------------------------- bookings

    @Test
    void aBookingIsFoundAsInsertedAndAReferenceIsTakenOnce() {
        saveRoomType("DBL", 2, 5);
        Booking booking = booking("ABC-1", stay(0, 3), "120.50");
        assertThat(tx(() -> ports.loadBooking().findBookingForUpdate(booking.reference()))).isEmpty();
        assertThat(tx(() -> ports.saveBooking().insertBooking(booking))).isTrue();
        assertThat(tx(() -> ports.loadBooking().findBookingForUpdate(booking.reference()))).contains(booking);

        Booking other = booking("ABC-1", stay(5, 1), "1");
        assertThat(tx(() -> ports.saveBooking().insertBooking(other))).isFalse();
        assertThat(tx(() -> ports.loadBooking().findBookingForUpdate(booking.reference()))).contains(booking);
    }

    @Test
    void referencesAreCaseSensitive() {
        saveRoomType("DBL", 2, 5);
        assertThat(tx(() -> ports.saveBooking().insertBooking(booking("abc", stay(0, 1), "1")))).isTrue();
        assertThat(tx(() -> ports.saveBooking().insertBooking(booking("ABC", stay(0, 1), "1")))).isTrue();
    }

    @Test
    void aCancellationIsStored() {
        saveRoomType("DBL", 2, 5);
        Booking booking = booking("C1", stay(0, 2), "80");
        run(() -> ports.saveBooking().insertBooking(booking));
        Booking cancelled = booking.cancel(NOW.plusSeconds(3600));
        run(() -> ports.saveBooking().updateBooking(cancelled));
        assertThat(tx(() -> ports.loadBooking().findBookingForUpdate(booking.reference()))).contains(cancelled);
    }

    // ---------------------------------------------------------------- event log

    @Test
    void aClaimedEventIsStoredWithItsHashAndResponse() {
        RecordedResponse response = new RecordedResponse(201, "{\"reference\":\"é\"}".getBytes(UTF_8));
        assertThat(tx(() -> {
            Optional<StoredEvent> claim = ports.eventLog().claim("evt_1", HASH_A);
            ports.eventLog().recordOutcome("evt_1", response, NOW);
            return claim;
        })).isEmpty();
        Optional<StoredEvent> again = tx(() -> ports.eventLog().claim("evt_1", HASH_B));
        assertThat(again).contains(new StoredEvent("evt_1", HASH_A, response));
    }

    @Test
    void aReleasedClaimLeavesNothingBehind() {
        run(() -> {
            assertThat(ports.eventLog().claim("evt_1", HASH_A)).isEmpty();
            ports.eventLog().releaseClaim("evt_1");
        });
        assertThat(tx(() -> {
            Optional<StoredEvent> claim = ports.eventLog().claim("evt_1", HASH_B);
            ports.eventLog().releaseClaim("evt_1");
            return claim;
        })).isEmpty();
    }

    @Test
    void anOutcomeRecordedInAUnitOfWorkThatFailsIsNotStored() {
        assertThatThrownBy(() -> run(() -> {
            ports.eventLog().claim("evt_1", HASH_A);
            ports.eventLog().recordOutcome("evt_1", new RecordedResponse(200, new byte[] {1}), NOW);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tx(() -> {
            Optional<StoredEvent> claim = ports.eventLog().claim("evt_1", HASH_A);
            ports.eventLog().releaseClaim("evt_1");
            return claim;
        })).isEmpty();
    }

    @Test
    void aSecondClaimOfTheSameIdWaitsForTheFirstUnitOfWorkAndThenSeesItsOutcome() throws Exception {
        RecordedResponse response = new RecordedResponse(201, "first".getBytes(UTF_8));
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondStarting = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<StoredEvent>> first = pool.submit(() -> tx(() -> {
                Optional<StoredEvent> claim = ports.eventLog().claim("evt_w", HASH_A);
                firstClaimed.countDown();
                await(secondStarting);
                pause(); // give the second delivery time to reach its claim and block there
                ports.eventLog().recordOutcome("evt_w", response, NOW);
                return claim;
            }));
            await(firstClaimed);
            Future<Optional<StoredEvent>> second = pool.submit(() -> {
                secondStarting.countDown();
                return tx(() -> ports.eventLog().claim("evt_w", HASH_A));
            });
            assertThat(first.get(30, TimeUnit.SECONDS)).isEmpty();
            assertThat(second.get(30, TimeUnit.SECONDS)).contains(new StoredEvent("evt_w", HASH_A, response));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void purgeRemovesOutcomesReceivedBeforeTheCutoff() {
        record(("old"), NOW.minusSeconds(10));
        record(("edge"), NOW);
        record(("new"), NOW.plusSeconds(10));
        assertThat(tx(() -> ports.eventLog().purgeReceivedBefore(NOW))).isEqualTo(1);
        assertThat(tx(() -> ports.eventLog().purgeReceivedBefore(NOW))).isZero();
        assertThat(claimAndRelease("old")).isEmpty();
        assertThat(claimAndRelease("edge")).isPresent();
        assertThat(claimAndRelease("new")).isPresent();
    }

    private void record(String eventId, Instant receivedAt) {
        run(() -> {
            ports.eventLog().claim(eventId, HASH_A);
            ports.eventLog().recordOutcome(eventId, new RecordedResponse(200, eventId.getBytes(UTF_8)), receivedAt);
        });
    }

    private Optional<StoredEvent> claimAndRelease(String eventId) {
        return tx(() -> {
            Optional<StoredEvent> claim = ports.eventLog().claim(eventId, HASH_A);
            if (claim.isEmpty()) {
                ports.eventLog().releaseClaim(eventId);
            }
            return claim;
        });
    }

    // ---------------------------------------------------------------- unit of work

    @Test
    void aUnitOfWorkThatThrowsChangesNothing() {
        saveRoomType("DBL", 2, 1);
        assertThatThrownBy(() -> run(() -> {
            ports.saveRoomType().saveRoomType(RoomType.of("NEW", "New", 1, 1), D1);
            ports.saveRates().setRates(DBL, D1, D1.plusDays(2), eur("10"));
            ports.reserveInventory().reserveRoom(DBL, stay(0, 1));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tx(() -> ports.loadRoomTypes().allRoomTypes())).extracting(rt -> rt.code().value())
                .containsExactly("DBL");
        assertThat(tx(() -> ports.loadRates().ratesForStay(stay(0, 2))).getOrDefault(DBL, List.of())).isEmpty();
        assertThat(bookedOn(DBL, D1)).isZero();
    }

    @Test
    void aNestedUnitOfWorkJoinsTheOuterOne() {
        saveRoomType("DBL", 2, 1);
        assertThatThrownBy(() -> run(() -> {
            run(() -> ports.saveRates().setRates(DBL, D1, D1.plusDays(1), eur("10")));
            throw new IllegalStateException("outer fails after the inner one returned");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tx(() -> ports.loadRates().ratesForStay(stay(0, 1))).getOrDefault(DBL, List.of())).isEmpty();
    }

    @Test
    void aFailedStepIsUndoneAndTheUnitOfWorkGoesOn() {
        saveRoomType("DBL", 2, 1);
        run(() -> {
            ports.saveRates().setRates(DBL, D1, D1.plusDays(1), eur("10"));
            assertThatThrownBy(() -> ports.unitOfWork().undoOnFailure(() -> {
                ports.saveRates().setRates(DBL, D1, D1.plusDays(2), eur("99"));
                ports.reserveInventory().reserveRoom(DBL, stay(0, 1));
                throw new RuleViolationException(ErrorCode.SOLD_OUT, "room_type", "no room");
            })).isInstanceOf(RuleViolationException.class);
            assertThat(ports.unitOfWork().undoOnFailure(() -> ports.reserveInventory().reserveRoom(DBL, stay(3, 1))))
                    .isTrue();
        });
        assertThat(tx(() -> ports.loadRates().ratesForStay(stay(0, 2))).get(DBL))
                .containsExactly(new NightlyRate(D1, eur("10")));
        assertThat(bookedOn(DBL, D1)).isZero();
        assertThat(bookedOn(DBL, D1.plusDays(3))).isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
