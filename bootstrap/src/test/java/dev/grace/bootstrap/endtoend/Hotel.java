package dev.grace.bootstrap.endtoend;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Event bodies for the end-to-end tests; every call gets fresh ids so tests never share data. */
final class Hotel {
    private Hotel() {
    }

    static LocalDate todayUtc() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(java.util.Locale.ROOT);
    }

    static String roomType(String code, int maxGuests, int rooms) {
        return "{\"event_id\":\"" + unique("evt-") + "\",\"type\":\"room_type.upserted\",\"data\":{\"code\":\"" + code
                + "\",\"name\":\"Room " + code + "\",\"max_guests\":" + maxGuests + ",\"rooms\":" + rooms + "}}";
    }

    static String rates(String code, LocalDate from, LocalDate to, String price) {
        return "{\"event_id\":\"" + unique("evt-") + "\",\"type\":\"rates.updated\",\"data\":{\"room_type\":\"" + code
                + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"price\":\"" + price + "\",\"currency\":\"EUR\"}}";
    }

    static String booking(String eventId, String reference, String code, LocalDate checkIn, LocalDate checkOut) {
        return "{\"event_id\":\"" + eventId + "\",\"type\":\"booking.created\",\"data\":{\"reference\":\"" + reference
                + "\",\"room_type\":\"" + code + "\",\"check_in\":\"" + checkIn + "\",\"check_out\":\"" + checkOut
                + "\",\"guests\":2,\"guest\":{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}}}";
    }

    static String cancellation(String eventId, String reference) {
        return "{\"event_id\":\"" + eventId + "\",\"type\":\"booking.cancelled\",\"data\":{\"reference\":\""
                + reference + "\"}}";
    }
}
