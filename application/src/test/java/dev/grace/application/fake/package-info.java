/**
 * Test fixtures shipped in the application test-jar for the adapters' tests.
 *
 * <ul>
 *   <li>{@link dev.grace.application.fake.InMemoryHotel}: every data port, the event log and the unit of work
 *       over one in-memory store, with real rollback and savepoints.</li>
 *   <li>{@link dev.grace.application.fake.HotelPortsContract}: what every implementation of those ports must
 *       do; extend it (in a class named {@code …Test}) to hold an adapter to the same contract.</li>
 *   <li>{@link dev.grace.application.fake.InMemoryServices}: every service wired over an in-memory hotel.</li>
 *   <li>{@link dev.grace.application.fake.FakeDatabaseHealth} and {@link dev.grace.application.fake.SettableClock}.</li>
 * </ul>
 */
package dev.grace.application.fake;
