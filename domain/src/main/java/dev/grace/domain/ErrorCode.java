package dev.grace.domain;

/**
 * The contract's stable, machine-readable codes for broken hotel rules, in the order the contract
 * checks them within each kind.
 */
public enum ErrorCode {
    CHECK_IN_IN_PAST(ErrorKind.INVALID),
    CHECK_OUT_NOT_AFTER_CHECK_IN(ErrorKind.INVALID),
    STAY_TOO_LONG(ErrorKind.INVALID),
    CHECK_IN_TOO_FAR(ErrorKind.INVALID),
    INVALID_REFERENCE(ErrorKind.INVALID),
    INVALID_GUESTS(ErrorKind.INVALID),
    INVALID_GUEST_DETAILS(ErrorKind.INVALID),
    NO_RATE(ErrorKind.INVALID),
    INVALID_ROOM_TYPE(ErrorKind.INVALID),
    INVALID_RATE(ErrorKind.INVALID),
    RATES_IN_PAST(ErrorKind.INVALID),
    UNKNOWN_ROOM_TYPE(ErrorKind.NOT_FOUND),
    UNKNOWN_BOOKING(ErrorKind.NOT_FOUND),
    DUPLICATE_REFERENCE(ErrorKind.CONFLICT),
    SOLD_OUT(ErrorKind.CONFLICT),
    INVENTORY_BELOW_BOOKINGS(ErrorKind.CONFLICT),
    EVENT_ID_REUSE(ErrorKind.CONFLICT);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The code as it appears on the wire, e.g. {@code check_in_in_past}. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
