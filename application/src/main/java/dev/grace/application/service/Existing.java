package dev.grace.application.service;

import dev.grace.application.port.out.LoadBookingPort;
import dev.grace.application.port.out.LoadRoomTypesPort;
import dev.grace.domain.Booking;
import dev.grace.domain.BookingReference;
import dev.grace.domain.ErrorCode;
import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.RuleViolationException;

/**
 * Finds what an event names. A code or reference that is not well formed cannot exist, so it is reported
 * as unknown (404) like one that is merely absent — the contract's rule for everything but room type upserts.
 */
final class Existing {
    private static final int MAX_ECHO = 64;

    private Existing() {
    }

    static RoomType roomType(LoadRoomTypesPort port, String code) {
        if (!RoomTypeCode.isWellFormed(code)) {
            throw unknownRoomType(code);
        }
        return port.findRoomType(new RoomTypeCode(code)).orElseThrow(() -> unknownRoomType(code));
    }

    /** The booking, locked until the unit of work ends. */
    static Booking bookingForUpdate(LoadBookingPort port, String reference) {
        if (!BookingReference.isWellFormed(reference)) {
            throw unknownBooking(reference);
        }
        return port.findBookingForUpdate(new BookingReference(reference)).orElseThrow(() -> unknownBooking(reference));
    }

    private static RuleViolationException unknownRoomType(String code) {
        return new RuleViolationException(ErrorCode.UNKNOWN_ROOM_TYPE, "room_type",
                "there is no room type '" + printable(code) + "'; create it with room_type.upserted first");
    }

    private static RuleViolationException unknownBooking(String reference) {
        return new RuleViolationException(ErrorCode.UNKNOWN_BOOKING, "reference",
                "there is no booking with reference '" + printable(reference) + "'");
    }

    /** Echoes caller input safely: no control characters, nothing huge. */
    static String printable(String text) {
        String cut = text.codePointCount(0, text.length()) > MAX_ECHO
                ? text.substring(0, text.offsetByCodePoints(0, MAX_ECHO)) + "…" : text;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> out.appendCodePoint(c < 0x20 || c == 0x7F ? '?' : c));
        return out.toString();
    }
}
