package dev.grace.application.service;

import dev.grace.application.port.in.CancelBookingCommand;
import dev.grace.application.port.in.CancelBookingUseCase;
import dev.grace.application.port.in.CreateBookingCommand;
import dev.grace.application.port.in.CreateBookingUseCase;
import dev.grace.application.port.out.LoadBookingPort;
import dev.grace.application.port.out.LoadRatesPort;
import dev.grace.application.port.out.LoadRoomTypesPort;
import dev.grace.application.port.out.ReserveInventoryPort;
import dev.grace.application.port.out.SaveBookingPort;
import dev.grace.application.port.out.UnitOfWork;
import dev.grace.domain.Booking;
import dev.grace.domain.BookingReference;
import dev.grace.domain.ErrorCode;
import dev.grace.domain.Guest;
import dev.grace.domain.HotelCalendar;
import dev.grace.domain.NightlyRate;
import dev.grace.domain.RoomType;
import dev.grace.domain.RuleViolationException;
import dev.grace.domain.Stay;
import dev.grace.domain.StayPolicy;
import dev.grace.domain.StayPrice;
import dev.grace.domain.Violation;
import dev.grace.domain.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Makes bookings ({@code booking.created}) and cancels them ({@code booking.cancelled}). */
public final class BookingService implements CreateBookingUseCase, CancelBookingUseCase {
    private final LoadRoomTypesPort roomTypes;
    private final LoadRatesPort rates;
    private final LoadBookingPort bookings;
    private final SaveBookingPort saveBooking;
    private final ReserveInventoryPort inventory;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final StayPolicy policy;

    public BookingService(LoadRoomTypesPort roomTypes, LoadRatesPort rates, LoadBookingPort bookings,
            SaveBookingPort saveBooking, ReserveInventoryPort inventory, UnitOfWork unitOfWork, Clock clock,
            StayPolicy policy) {
        this.roomTypes = Objects.requireNonNull(roomTypes, "roomTypes");
        this.rates = Objects.requireNonNull(rates, "rates");
        this.bookings = Objects.requireNonNull(bookings, "bookings");
        this.saveBooking = Objects.requireNonNull(saveBooking, "saveBooking");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Checks in the contract's order: unknown_room_type (404); then every broken 422 rule at once (the stay
     * rules, invalid_reference, invalid_guests, invalid_guest_details, no_rate); then duplicate_reference and
     * sold_out (409). Nothing is changed unless the booking is made.
     */
    @Override
    public Booking createBooking(CreateBookingCommand command) {
        return unitOfWork.inTransaction(() -> {
            RoomType roomType = Existing.roomType(roomTypes, command.roomType());
            LocalDate today = HotelCalendar.today(clock);
            List<Violation> stayViolations = policy.checkStay(command.checkIn(), command.checkOut(), today);
            Violations violations = new Violations().addAll(stayViolations);
            if (!BookingReference.isWellFormed(command.reference())) {
                violations.add(ErrorCode.INVALID_REFERENCE, "reference",
                        "reference must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' and '-'");
            }
            violations.addAll(roomType.checkGuests(command.guests()))
                    .addAll(Guest.check(command.guestName(), command.guestEmail()));
            // Rates are only looked up for a stay that passes the date rules: an absurd stay has no price.
            Optional<StayPrice> price = Optional.empty();
            if (stayViolations.isEmpty()) {
                Stay stay = new Stay(command.checkIn(), command.checkOut());
                List<NightlyRate> roomRates = rates.ratesForStay(stay).getOrDefault(roomType.code(), List.of());
                price = StayPrice.of(stay, roomRates);
                if (price.isEmpty()) {
                    violations.add(ErrorCode.NO_RATE, "room_type", noRateMessage(roomType, stay, roomRates));
                }
            }
            violations.throwIfAny();

            BookingReference reference = new BookingReference(command.reference());
            if (bookings.findBookingForUpdate(reference).isPresent()) {
                throw duplicate(reference);
            }
            Stay stay = new Stay(command.checkIn(), command.checkOut());
            Booking booking = Booking.confirm(reference, roomType.code(), stay, command.guests(),
                    new Guest(command.guestName(), command.guestEmail()), price.orElseThrow(), clock.instant());
            // Insert before reserving: a reference taken by a concurrent booking must win over sold_out.
            if (!saveBooking.insertBooking(booking)) {
                throw duplicate(reference);
            }
            if (!inventory.reserveRoom(roomType.code(), stay)) {
                // The unit of work (or the caller's savepoint) rolls the inserted booking back.
                throw new RuleViolationException(ErrorCode.SOLD_OUT, "room_type", "room type " + roomType.code()
                        + " has no room left on at least one night from " + stay.checkIn() + " to "
                        + stay.checkOut() + "; ask GET /rates for what is available");
            }
            return booking;
        });
    }

    /** Cancelling a cancelled booking returns it unchanged and gives nothing back a second time. */
    @Override
    public Booking cancelBooking(CancelBookingCommand command) {
        return unitOfWork.inTransaction(() -> {
            Booking booking = Existing.bookingForUpdate(bookings, command.reference());
            if (booking.isCancelled()) {
                return booking;
            }
            Booking cancelled = booking.cancel(clock.instant());
            saveBooking.updateBooking(cancelled);
            inventory.releaseRoom(cancelled.roomType(), cancelled.stay());
            return cancelled;
        });
    }

    private static RuleViolationException duplicate(BookingReference reference) {
        return new RuleViolationException(ErrorCode.DUPLICATE_REFERENCE, "reference",
                "a booking with reference '" + reference + "' exists already; choose another reference");
    }

    private static String noRateMessage(RoomType roomType, Stay stay, List<NightlyRate> roomRates) {
        List<LocalDate> priced = roomRates.stream().map(NightlyRate::date).toList();
        Optional<LocalDate> missing = stay.dates().stream().filter(night -> !priced.contains(night)).findFirst();
        return missing
                .map(night -> "room type " + roomType.code() + " has no rate for the night of " + night
                        + "; set one with rates.updated first")
                .orElseGet(() -> "room type " + roomType.code() + " is priced in more than one currency between "
                        + stay.checkIn() + " and " + stay.checkOut() + ", so the stay cannot be priced");
    }
}
