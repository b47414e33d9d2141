package dev.grace.domain;

import java.util.Objects;

/** A kind of room the hotel sells: how many guests it takes and how many rooms of it there are. */
public record RoomType(RoomTypeCode code, String name, int maxGuests, int rooms) {
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_GUESTS = 20;
    public static final int MAX_ROOMS = 10_000;

    public RoomType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name must be 1-100 characters");
        }
        if (maxGuests < 1 || maxGuests > MAX_GUESTS) {
            throw new IllegalArgumentException("max_guests must be 1-20");
        }
        if (rooms < 0 || rooms > MAX_ROOMS) {
            throw new IllegalArgumentException("rooms must be 0-10000");
        }
    }
}
