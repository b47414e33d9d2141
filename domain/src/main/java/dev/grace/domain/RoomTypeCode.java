package dev.grace.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A room type's code: 1–16 of {@code A-Z0-9_-}. */
public record RoomTypeCode(String value) implements Comparable<RoomTypeCode> {
    private static final Pattern FORM = Pattern.compile("[A-Z0-9_-]{1,16}");

    public RoomTypeCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a room type code: must be 1-16 of A-Z0-9_-");
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORM.matcher(candidate).matches();
    }

    /** Codes sort by their ASCII bytes, as the contract says. */
    @Override
    public int compareTo(RoomTypeCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
