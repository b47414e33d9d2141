/** Inbound ports: one {@code XxxUseCase} per use case, each taking a self-validating command or query record. */
package dev.grace.application.port.in;
