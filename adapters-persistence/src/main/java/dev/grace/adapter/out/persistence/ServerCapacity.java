package dev.grace.adapter.out.persistence;

/**
 * How many connections the PostgreSQL server accepts, as its settings say.
 *
 * @param reservedConnections {@code reserved_connections} (PostgreSQL 16 and later; 0 before)
 */
public record ServerCapacity(
        String serverVersion, int maxConnections, int superuserReservedConnections, int reservedConnections) {

    /** Connections left for ordinary users: max_connections minus both reserves. */
    public int availableToApplications() {
        return maxConnections - superuserReservedConnections - reservedConnections;
    }
}
