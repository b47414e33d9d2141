package dev.grace.application.port.in;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the last database probe saw. When the database is down only {@code up=false} and the latency are known.
 *
 * @param latencyMs round trip of the probe query, in milliseconds
 */
public record DatabaseHealth(
        boolean up,
        double latencyMs,
        Optional<String> serverVersion,
        OptionalInt maxConnections,
        OptionalInt connectionsInUse) {
}
