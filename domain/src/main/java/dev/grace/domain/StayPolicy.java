package dev.grace.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hotel's configurable limits on stays ({@code MAX_STAY_NIGHTS}, {@code BOOKING_HORIZON_DAYS}) and the
 * date and guest rules that quotes and bookings share.
 */
public record StayPolicy(int maxStayNights, int bookingHorizonDays) {
    public static final StayPolicy DEFAULT = new StayPolicy(30, 730);

    /** The most guests any stay may have, whatever the room type. */
    public static final int MAX_GUESTS = RoomType.MAX_GUESTS;

    public StayPolicy {
        if (maxStayNights < 1 || maxStayNights > 365) {
            throw new IllegalArgumentException("maxStayNights must be 1-365");
        }
        if (bookingHorizonDays < 1 || bookingHorizonDays > 3650) {
            throw new IllegalArgumentException("bookingHorizonDays must be 1-3650");
        }
    }

    /**
     * Every date rule the stay breaks, in the contract's order: {@code check_in_in_past},
     * {@code check_out_not_after_check_in}, {@code stay_too_long}, {@code check_in_too_far}. The length of a
     * stay is only judged when check-out is after check-in, since otherwise it has no length.
     *
     * @param today today's date in UTC (see {@link HotelCalendar#today})
     */
    public List<Violation> checkStay(LocalDate checkIn, LocalDate checkOut, LocalDate today) {
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(checkOut, "checkOut");
        Objects.requireNonNull(today, "today");
        List<Violation> violations = new ArrayList<>();
        if (checkIn.isBefore(today)) {
            violations.add(new Violation(ErrorCode.CHECK_IN_IN_PAST, "check_in",
                    "check_in " + checkIn + " is in the past: today is " + today
                            + " (UTC), so the earliest check-in is " + today));
        }
        if (!checkOut.isAfter(checkIn)) {
            violations.add(new Violation(ErrorCode.CHECK_OUT_NOT_AFTER_CHECK_IN, "check_out",
                    "check_out " + checkOut + " must be after check_in " + checkIn
                            + " (a stay is at least one night)"));
        } else {
            long nights = ChronoUnit.DAYS.between(checkIn, checkOut);
            if (nights > maxStayNights) {
                violations.add(new Violation(ErrorCode.STAY_TOO_LONG, "check_out",
                        "a stay of " + nights + " nights is longer than the maximum of " + maxStayNights
                                + " nights; check out by " + checkIn.plusDays(maxStayNights)));
            }
        }
        LocalDate latest = today.plusDays(bookingHorizonDays);
        if (checkIn.isAfter(latest)) {
            violations.add(new Violation(ErrorCode.CHECK_IN_TOO_FAR, "check_in",
                    "check_in " + checkIn + " is more than " + bookingHorizonDays
                            + " days ahead; the latest possible check-in is " + latest));
        }
        return List.copyOf(violations);
    }

    /**
     * The stay, when it breaks no date rule.
     *
     * @throws RuleViolationException listing every broken date rule
     */
    public Stay stay(LocalDate checkIn, LocalDate checkOut, LocalDate today) {
        new Violations().addAll(checkStay(checkIn, checkOut, today)).throwIfAny();
        return new Stay(checkIn, checkOut);
    }

    /** {@code invalid_guests} when the number of guests is outside 1–20, whatever the room type. */
    public static List<Violation> checkGuests(int guests) {
        if (guests < 1 || guests > MAX_GUESTS) {
            return List.of(new Violation(ErrorCode.INVALID_GUESTS, "guests",
                    "guests must be between 1 and " + MAX_GUESTS + ", got " + guests));
        }
        return List.of();
    }
}
