/**
 * Plain classes implementing the use cases; wired explicitly in bootstrap, never by annotation.
 *
 * <p>Each service checks the contract's rules in the contract's order (404, then every broken 422 rule at
 * once, then 409) using the domain's factories, and does all its reading and writing inside one
 * {@link dev.grace.application.port.out.UnitOfWork#inTransaction} call, so it is atomic on its own and joins
 * the surrounding unit of work when {@link dev.grace.application.service.HandleEventService} runs it as a
 * step of an event. "Today" is always {@link dev.grace.domain.HotelCalendar#today} of the injected clock.
 */
package dev.grace.application.service;
