package dev.grace.domain;

/** A booking is confirmed when made and may be cancelled once; cancelling again changes nothing. */
public enum BookingStatus {
    CONFIRMED,
    CANCELLED
}
