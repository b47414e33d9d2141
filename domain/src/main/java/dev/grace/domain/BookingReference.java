package dev.grace.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A booking's reference, chosen by the sender: 1–64 of {@code A-Za-z0-9._-}. */
public record BookingReference(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public BookingReference {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a booking reference: must be 1-64 of A-Za-z0-9._-");
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORM.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
