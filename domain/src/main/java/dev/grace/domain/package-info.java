/**
 * The hotel's rules: room types, nightly rates, stays, money, quotes, bookings and per-night inventory.
 *
 * <p>Depends on the JDK only. Every value is built through its own constructor or factory, which checks
 * its invariants, so no adapter or mapper can create an invalid one. Factories that take values as received
 * ({@code RoomType.of}, {@code Guest.of}, {@code RateChange.of}, {@code StayPolicy.stay}) report every broken
 * rule at once as a {@link dev.grace.domain.RuleViolationException}, in the contract's order. "Today" always
 * comes from an injected {@link java.time.Clock}, read in UTC by {@link dev.grace.domain.HotelCalendar}.
 */
package dev.grace.domain;
