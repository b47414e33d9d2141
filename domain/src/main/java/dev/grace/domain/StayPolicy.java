package dev.grace.domain;

/** The hotel's configurable limits on stays ({@code MAX_STAY_NIGHTS}, {@code BOOKING_HORIZON_DAYS}). */
public record StayPolicy(int maxStayNights, int bookingHorizonDays) {
    public static final StayPolicy DEFAULT = new StayPolicy(30, 730);

    public StayPolicy {
        if (maxStayNights < 1 || maxStayNights > 365) {
            throw new IllegalArgumentException("maxStayNights must be 1-365");
        }
        if (bookingHorizonDays < 1 || bookingHorizonDays > 3650) {
            throw new IllegalArgumentException("bookingHorizonDays must be 1-3650");
        }
    }
}
