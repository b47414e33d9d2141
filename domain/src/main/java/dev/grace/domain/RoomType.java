package dev.grace.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A kind of room the hotel sells: how many guests it takes and how many rooms of it there are. */
public record RoomType(RoomTypeCode code, String name, int maxGuests, int rooms) {
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_GUESTS = 20;
    public static final int MAX_ROOMS = 10_000;

    public RoomType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!isValidName(name)) {
            throw new IllegalArgumentException(
                    "name must be 1-100 characters, not only spaces, without control characters or lone surrogates");
        }
        if (maxGuests < 1 || maxGuests > MAX_GUESTS) {
            throw new IllegalArgumentException("max_guests must be 1-20");
        }
        if (rooms < 0 || rooms > MAX_ROOMS) {
            throw new IllegalArgumentException("rooms must be 0-10000");
        }
    }

    /**
     * A room type from values as received, checking every rule.
     *
     * @throws RuleViolationException {@code invalid_room_type}, one violation per bad field
     */
    public static RoomType of(String code, String name, int maxGuests, int rooms) {
        new Violations().addAll(check(code, name, maxGuests, rooms)).throwIfAny();
        return new RoomType(new RoomTypeCode(code), name, maxGuests, rooms);
    }

    /** Every rule the values break, each as {@code invalid_room_type} naming its field, in field order. */
    public static List<Violation> check(String code, String name, int maxGuests, int rooms) {
        List<Violation> violations = new ArrayList<>();
        if (!RoomTypeCode.isWellFormed(code)) {
            violations.add(new Violation(ErrorCode.INVALID_ROOM_TYPE, "code",
                    "code must be 1-16 characters of A-Z, 0-9, '_' and '-'"));
        }
        if (name == null || !isValidName(name)) {
            violations.add(new Violation(ErrorCode.INVALID_ROOM_TYPE, "name",
                    "name must be 1-" + MAX_NAME_LENGTH
                            + " characters, not only spaces, without control characters or lone surrogates"));
        }
        if (maxGuests < 1 || maxGuests > MAX_GUESTS) {
            violations.add(new Violation(ErrorCode.INVALID_ROOM_TYPE, "max_guests",
                    "max_guests must be between 1 and " + MAX_GUESTS + ", got " + maxGuests));
        }
        if (rooms < 0 || rooms > MAX_ROOMS) {
            violations.add(new Violation(ErrorCode.INVALID_ROOM_TYPE, "rooms",
                    "rooms must be between 0 and " + MAX_ROOMS + ", got " + rooms));
        }
        return List.copyOf(violations);
    }

    /**
     * {@code invalid_guests} when the number of guests is outside 1–20 or above what this room type takes;
     * the message names the maximum so the sender knows what would fit.
     */
    public List<Violation> checkGuests(int guests) {
        if (guests > StayPolicy.MAX_GUESTS) {
            return List.of(new Violation(ErrorCode.INVALID_GUESTS, "guests",
                    "guests must be between 1 and " + StayPolicy.MAX_GUESTS + ", and room type " + code
                            + " takes at most " + maxGuests + " guests, got " + guests));
        }
        List<Violation> general = StayPolicy.checkGuests(guests);
        if (!general.isEmpty()) {
            return general;
        }
        if (guests > maxGuests) {
            return List.of(new Violation(ErrorCode.INVALID_GUESTS, "guests",
                    "room type " + code + " takes at most " + maxGuests + " guests, got " + guests));
        }
        return List.of();
    }

    private static boolean isValidName(String name) {
        int length = Text.length(name);
        // A name of only spaces is as empty to a guest reading it as "" is; the guest's name is judged alike.
        return length >= 1 && length <= MAX_NAME_LENGTH && !name.isBlank() && !Text.hasForbiddenCharacter(name);
    }
}
