package dev.grace.application.fake;

import dev.grace.application.port.in.RecordedResponse;
import dev.grace.application.port.out.EventLogPort;
import dev.grace.application.port.out.LoadBookingPort;
import dev.grace.application.port.out.LoadInventoryPort;
import dev.grace.application.port.out.LoadRatesPort;
import dev.grace.application.port.out.LoadRoomTypesPort;
import dev.grace.application.port.out.ReserveInventoryPort;
import dev.grace.application.port.out.SaveBookingPort;
import dev.grace.application.port.out.SaveRatesPort;
import dev.grace.application.port.out.SaveRoomTypePort;
import dev.grace.application.port.out.StoredEvent;
import dev.grace.application.port.out.UnitOfWork;
import dev.grace.domain.Booking;
import dev.grace.domain.BookingReference;
import dev.grace.domain.ErrorCode;
import dev.grace.domain.Money;
import dev.grace.domain.NightlyRate;
import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.RuleViolationException;
import dev.grace.domain.Stay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * An in-memory hotel implementing every data port, the event log and the unit of work, for tests of the
 * services and as the reference the persistence adapter's contract tests are run against.
 *
 * <p>Units of work are serialised by one fair lock held from the outermost {@link #inTransaction} until it
 * ends: a second delivery of an event waits there for the first, which is what the database adapter's
 * row lock makes it do at {@link #claim}. The state is copied when the outermost unit of work starts and
 * when a savepoint ({@link #undoOnFailure}) starts, and put back when it throws, so rollback really undoes.
 * A port called outside a unit of work runs on its own, as an auto-committed statement would.
 *
 * <p>Not a mock: it keeps the ports' promises (room types ordered by code, all-or-nothing reservations,
 * {@code inventory_below_bookings} from {@link #saveRoomType}, claims that end with their unit of work).
 */
public final class InMemoryHotel implements LoadRoomTypesPort, SaveRoomTypePort, LoadRatesPort, SaveRatesPort,
        LoadInventoryPort, ReserveInventoryPort, LoadBookingPort, SaveBookingPort, EventLogPort, UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock(true);
    private State state = new State();
    private int depth;
    private int commits;
    private int rollbacks;
    private int portCallsOutsideUnitOfWork;
    private RuntimeException nextCommitFailure;

    // ---------------------------------------------------------------- UnitOfWork

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        lock.lock();
        try {
            if (depth > 0) {
                // Joined: the outermost call decides commit or rollback.
                depth++;
                try {
                    return work.get();
                } finally {
                    depth--;
                }
            }
            State atStart = state.copy();
            depth = 1;
            boolean committed = false;
            try {
                T result = work.get();
                RuntimeException failure = nextCommitFailure;
                if (failure != null) {
                    nextCommitFailure = null;
                    throw failure;
                }
                committed = true;
                return result;
            } finally {
                depth = 0;
                if (committed) {
                    commits++;
                } else {
                    state = atStart;
                    rollbacks++;
                }
                // Claims live only as long as the unit of work that made them.
                state.claims.clear();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T undoOnFailure(Supplier<T> step) {
        Objects.requireNonNull(step, "step");
        lock.lock();
        try {
            if (depth == 0) {
                throw new IllegalStateException("undoOnFailure needs a running unit of work");
            }
            State savepoint = state.copy();
            try {
                return step.get();
            } catch (RuntimeException | Error failure) {
                state = savepoint;
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- room types

    @Override
    public Optional<RoomType> findRoomType(RoomTypeCode code) {
        Objects.requireNonNull(code, "code");
        return read(() -> Optional.ofNullable(state.roomTypes.get(code)));
    }

    @Override
    public List<RoomType> allRoomTypes() {
        return read(() -> List.copyOf(state.roomTypes.values()));
    }

    @Override
    public void saveRoomType(RoomType roomType, LocalDate today) {
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(today, "today");
        write(() -> {
            TreeMap<LocalDate, Integer> booked = state.booked.getOrDefault(roomType.code(), new TreeMap<>());
            Map.Entry<LocalDate, Integer> fullest = null;
            for (Map.Entry<LocalDate, Integer> night : booked.tailMap(today, true).entrySet()) {
                if (fullest == null || night.getValue() > fullest.getValue()) {
                    fullest = night;
                }
            }
            if (fullest != null && fullest.getValue() > roomType.rooms()) {
                throw new RuleViolationException(ErrorCode.INVENTORY_BELOW_BOOKINGS, "rooms",
                        "room type " + roomType.code() + " cannot drop to " + roomType.rooms() + " rooms: "
                                + fullest.getValue() + " are booked on the night of " + fullest.getKey()
                                + ", so keep at least " + fullest.getValue() + " rooms or cancel bookings first");
            }
            state.roomTypes.put(roomType.code(), roomType);
            return null;
        });
    }

    // ---------------------------------------------------------------- rates

    @Override
    public Map<RoomTypeCode, List<NightlyRate>> ratesForStay(Stay stay) {
        Objects.requireNonNull(stay, "stay");
        return read(() -> {
            Map<RoomTypeCode, List<NightlyRate>> result = new HashMap<>();
            state.rates.forEach((code, byNight) -> {
                List<NightlyRate> nights = new ArrayList<>();
                byNight.subMap(stay.checkIn(), true, stay.checkOut(), false)
                        .forEach((night, price) -> nights.add(new NightlyRate(night, price)));
                if (!nights.isEmpty()) {
                    result.put(code, List.copyOf(nights));
                }
            });
            return Map.copyOf(result);
        });
    }

    @Override
    public Set<Currency> currenciesOfRatesFrom(RoomTypeCode roomType, LocalDate from) {
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(from, "from");
        return read(() -> {
            Set<Currency> currencies = new HashSet<>();
            state.rates.getOrDefault(roomType, new TreeMap<>()).tailMap(from, true)
                    .values().forEach(price -> currencies.add(price.currency()));
            return Set.copyOf(currencies);
        });
    }

    /** @throws IllegalArgumentException for a room type that does not exist (the database's foreign key) */
    @Override
    public void setRates(RoomTypeCode roomType, LocalDate from, LocalDate to, Money price) {
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(price, "price");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        write(() -> {
            if (!state.roomTypes.containsKey(roomType)) {
                throw new IllegalArgumentException("no room type " + roomType);
            }
            TreeMap<LocalDate, Money> byNight = state.rates.computeIfAbsent(roomType, code -> new TreeMap<>());
            from.datesUntil(to).forEach(night -> byNight.put(night, price));
            return null;
        });
    }

    // ---------------------------------------------------------------- inventory

    @Override
    public Map<RoomTypeCode, Map<LocalDate, Integer>> bookedRooms(Stay stay) {
        Objects.requireNonNull(stay, "stay");
        return read(() -> {
            Map<RoomTypeCode, Map<LocalDate, Integer>> result = new HashMap<>();
            state.booked.forEach((code, byNight) -> {
                Map<LocalDate, Integer> nights = new HashMap<>(
                        byNight.subMap(stay.checkIn(), true, stay.checkOut(), false));
                nights.values().removeIf(count -> count == 0);
                if (!nights.isEmpty()) {
                    result.put(code, Map.copyOf(nights));
                }
            });
            return Map.copyOf(result);
        });
    }

    /** A room type that does not exist has no rooms, so nothing can be reserved in it. */
    @Override
    public boolean reserveRoom(RoomTypeCode roomType, Stay stay) {
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(stay, "stay");
        return write(() -> {
            RoomType type = state.roomTypes.get(roomType);
            if (type == null) {
                return false;
            }
            TreeMap<LocalDate, Integer> byNight = state.booked.computeIfAbsent(roomType, code -> new TreeMap<>());
            List<LocalDate> nights = stay.dates();
            if (nights.stream().anyMatch(night -> byNight.getOrDefault(night, 0) >= type.rooms())) {
                return false;
            }
            nights.forEach(night -> byNight.merge(night, 1, Integer::sum));
            return true;
        });
    }

    @Override
    public void releaseRoom(RoomTypeCode roomType, Stay stay) {
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(stay, "stay");
        write(() -> {
            TreeMap<LocalDate, Integer> byNight = state.booked.get(roomType);
            if (byNight != null) {
                // Never below zero: giving back a room nobody held changes nothing.
                stay.dates().forEach(night ->
                        byNight.computeIfPresent(night, (day, count) -> count > 1 ? count - 1 : null));
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- bookings

    @Override
    public Optional<Booking> findBookingForUpdate(BookingReference reference) {
        Objects.requireNonNull(reference, "reference");
        return read(() -> Optional.ofNullable(state.bookings.get(reference)));
    }

    @Override
    public boolean insertBooking(Booking booking) {
        Objects.requireNonNull(booking, "booking");
        return write(() -> state.bookings.putIfAbsent(booking.reference(), booking) == null);
    }

    /** @throws IllegalStateException when no booking has this reference (an update that would touch no row) */
    @Override
    public void updateBooking(Booking booking) {
        Objects.requireNonNull(booking, "booking");
        write(() -> {
            if (state.bookings.replace(booking.reference(), booking) == null) {
                throw new IllegalStateException("no booking " + booking.reference() + " to update");
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- event log

    @Override
    public Optional<StoredEvent> claim(String eventId, String bodySha256) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(bodySha256, "bodySha256");
        return insideUnitOfWork("claim", () -> {
            StoredOutcome stored = state.events.get(eventId);
            if (stored != null) {
                return Optional.of(stored.event());
            }
            state.claims.put(eventId, bodySha256);
            return Optional.empty();
        });
    }

    @Override
    public void recordOutcome(String eventId, RecordedResponse response, Instant receivedAt) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(receivedAt, "receivedAt");
        insideUnitOfWork("recordOutcome", () -> {
            String bodySha256 = state.claims.remove(eventId);
            if (bodySha256 == null) {
                throw new IllegalStateException("event " + eventId + " is not claimed by this unit of work");
            }
            state.events.put(eventId, new StoredOutcome(new StoredEvent(eventId, bodySha256, response), receivedAt));
            return null;
        });
    }

    @Override
    public void releaseClaim(String eventId) {
        insideUnitOfWork("releaseClaim", () -> state.claims.remove(eventId));
    }

    @Override
    public int purgeReceivedBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return write(() -> {
            int before = state.events.size();
            state.events.values().removeIf(stored -> stored.receivedAt().isBefore(cutoff));
            return before - state.events.size();
        });
    }

    // ---------------------------------------------------------------- for tests

    /** Rooms of the type booked on the night (0 when none). */
    public int bookedOn(RoomTypeCode roomType, LocalDate night) {
        return peek(() -> state.booked.getOrDefault(roomType, new TreeMap<>()).getOrDefault(night, 0));
    }

    public Optional<Booking> booking(String reference) {
        return peek(() -> Optional.ofNullable(state.bookings.get(new BookingReference(reference))));
    }

    public List<Booking> bookings() {
        return peek(() -> List.copyOf(state.bookings.values()));
    }

    public Optional<StoredEvent> storedEvent(String eventId) {
        return peek(() -> Optional.ofNullable(state.events.get(eventId)).map(StoredOutcome::event));
    }

    public Optional<Instant> storedEventReceivedAt(String eventId) {
        return peek(() -> Optional.ofNullable(state.events.get(eventId)).map(StoredOutcome::receivedAt));
    }

    public int storedEventCount() {
        return peek(() -> state.events.size());
    }

    /** Units of work that committed / rolled back (outermost calls only). */
    public int commits() {
        return peek(() -> commits);
    }

    public int rollbacks() {
        return peek(() -> rollbacks);
    }

    /** How often a data port was used outside any unit of work; the services should never do so. */
    public int portCallsOutsideUnitOfWork() {
        return peek(() -> portCallsOutsideUnitOfWork);
    }

    /** Whether the calling thread is inside a unit of work. */
    public boolean inUnitOfWork() {
        return lock.isHeldByCurrentThread() && depth > 0;
    }

    /**
     * Makes the next outermost unit of work throw this when it would commit, after its work ran: everything
     * it did is rolled back, as when the database fails at commit.
     */
    public void failNextCommit(RuntimeException failure) {
        lock.lock();
        try {
            nextCommitFailure = Objects.requireNonNull(failure, "failure");
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- internals

    /** A reading port call: counted when outside a unit of work, never copies the state. */
    private <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            if (depth == 0) {
                portCallsOutsideUnitOfWork++;
            }
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    /** A look for the test itself: not a port call, so not counted. */
    private <T> T peek(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    /** A port call: inside a unit of work it joins it; outside, it runs alone and is undone if it throws. */
    private <T> T write(Supplier<T> statement) {
        lock.lock();
        try {
            if (depth > 0) {
                return statement.get();
            }
            portCallsOutsideUnitOfWork++;
            State before = state.copy();
            try {
                return statement.get();
            } catch (RuntimeException | Error failure) {
                state = before;
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T insideUnitOfWork(String operation, Supplier<T> statement) {
        lock.lock();
        try {
            if (depth == 0) {
                throw new IllegalStateException(operation + " needs a running unit of work");
            }
            return statement.get();
        } finally {
            lock.unlock();
        }
    }

    private record StoredOutcome(StoredEvent event, Instant receivedAt) {
    }

    /** Everything a unit of work can change; copied for rollback. Values are immutable, maps are copied. */
    private static final class State {
        final TreeMap<RoomTypeCode, RoomType> roomTypes = new TreeMap<>();
        final Map<RoomTypeCode, TreeMap<LocalDate, Money>> rates = new HashMap<>();
        final Map<RoomTypeCode, TreeMap<LocalDate, Integer>> booked = new HashMap<>();
        final Map<BookingReference, Booking> bookings = new LinkedHashMap<>();
        final Map<String, StoredOutcome> events = new HashMap<>();
        /** Event ids claimed by the running unit of work, with the body hash the claim was made for. */
        final Map<String, String> claims = new HashMap<>();

        State copy() {
            State copy = new State();
            copy.roomTypes.putAll(roomTypes);
            rates.forEach((code, byNight) -> copy.rates.put(code, new TreeMap<>(byNight)));
            booked.forEach((code, byNight) -> copy.booked.put(code, new TreeMap<>(byNight)));
            copy.bookings.putAll(bookings);
            copy.events.putAll(events);
            copy.claims.putAll(claims);
            return copy;
        }
    }
}
