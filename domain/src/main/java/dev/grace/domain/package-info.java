/**
 * The hotel's rules: room types, nightly rates, stays, money, quotes, bookings and per-night inventory.
 *
 * <p>Depends on the JDK only. Every value is built through its own constructor or factory, which checks
 * its invariants, so no adapter or mapper can create an invalid one. "Today" always comes from an
 * injected {@link java.time.Clock} in UTC.
 */
package dev.grace.domain;
