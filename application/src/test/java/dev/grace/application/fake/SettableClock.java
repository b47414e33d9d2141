package dev.grace.application.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock a test moves by hand. Its zone is whatever the test says (default UTC), so a test can prove the
 * code ignores the clock's zone and uses only its instant. Thread-safe.
 */
public final class SettableClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public SettableClock(Instant now) {
        this(now, ZoneOffset.UTC);
    }

    public SettableClock(Instant now, ZoneId zone) {
        this.now = Objects.requireNonNull(now, "now");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A clock at the given ISO-8601 instant, e.g. {@code "2026-11-27T10:15:30Z"}. */
    public static SettableClock at(String instant) {
        return new SettableClock(Instant.parse(instant));
    }

    public void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A separate clock at the same instant in another zone; moving one does not move the other. */
    @Override
    public Clock withZone(ZoneId otherZone) {
        return new SettableClock(now, otherZone);
    }
}
