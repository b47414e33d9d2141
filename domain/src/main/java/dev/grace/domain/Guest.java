package dev.grace.domain;

import java.util.Objects;

/** The person a booking is for. */
public record Guest(String name, String email) {
    public Guest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }
}
