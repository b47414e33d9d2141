/**
 * Grace's use cases: {@code port.in} is what the adapters call, {@code port.out} is what the use cases need
 * from the outside world, {@code service} implements the use cases with the domain's rules.
 *
 * <p>Depends on the JDK and {@code dev.grace.domain} only: no Spring, no annotations. Transactions are
 * declared through {@link dev.grace.application.port.out.UnitOfWork}, which the persistence adapter implements.
 */
package dev.grace.application;
