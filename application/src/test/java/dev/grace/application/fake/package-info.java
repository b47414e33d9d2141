/**
 * In-memory fakes of every out port, shipped in the application test-jar: {@link
 * dev.grace.application.fake.InMemoryHotel} (all data ports, the event log and the unit of work), {@link
 * dev.grace.application.fake.FakeDatabaseHealth} and {@link dev.grace.application.fake.SettableClock}. They keep
 * the ports' documented promises so that adapter contract tests can run against them too.
 */
package dev.grace.application.fake;
