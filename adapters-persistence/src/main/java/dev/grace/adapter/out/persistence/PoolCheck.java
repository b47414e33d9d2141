package dev.grace.adapter.out.persistence;

import dev.grace.application.port.out.DatabaseUnavailableException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up check of the database connection: one connection within {@code DB_POOL_TIMEOUT} or a clear
 * failure, the pool's settings in the log, and a warning when the pool could ask for more connections
 * than the server will give.
 */
public final class PoolCheck {
    /**
     * Connections kept free beyond the server's reserves for migrations, a psql session during an incident
     * and monitoring, which would otherwise be refused exactly when they are needed.
     */
    public static final int HEADROOM = 3;

    private static final Logger LOG = LoggerFactory.getLogger(PoolCheck.class);

    private PoolCheck() {
    }

    /**
     * Gets one connection from {@code dataSource} (waiting at most the pool timeout), logs the pool's
     * settings and compares the pool's maximum with the server's {@code max_connections}.
     *
     * @throws DatabaseUnavailableException when no connection can be had; the message names the host and
     *     database, never the password
     */
    public static ServerCapacity verify(DataSource dataSource, DatabaseUrl url, PoolSettings pool) {
        LOG.info(describe(url, pool));
        ServerCapacity capacity;
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            capacity = readCapacity(connection);
        } catch (SQLException e) {
            long waited = (System.nanoTime() - started) / 1_000_000;
            throw new DatabaseUnavailableException("could not connect to the database " + url.target()
                    + (url.user() == null ? "" : " as " + url.user()) + " within " + pool.timeout().toSeconds()
                    + " s (DB_POOL_TIMEOUT; gave up after " + waited + " ms): " + safeMessage(e, url), e);
        }
        LOG.info("Connected to PostgreSQL {} at {}: max_connections={}, superuser_reserved_connections={},"
                        + " reserved_connections={}",
                capacity.serverVersion(), url.target(), capacity.maxConnections(),
                capacity.superuserReservedConnections(), capacity.reservedConnections());
        String warning = capacityWarning(pool, capacity);
        if (warning != null) {
            LOG.warn(warning);
        }
        return capacity;
    }

    /** The warning to log when the pool's max does not fit the server, or null when it fits. */
    public static String capacityWarning(PoolSettings pool, ServerCapacity capacity) {
        int limit = capacity.availableToApplications() - HEADROOM;
        if (pool.serverless() || pool.max() <= limit) {
            return null;
        }
        return "The pool may open " + pool.max() + " connections (DB_POOL_SIZE " + pool.size()
                + " + DB_MAX_OVERFLOW " + pool.maxOverflow() + "), more than this server can give one instance:"
                + " max_connections " + capacity.maxConnections()
                + " - superuser_reserved_connections " + capacity.superuserReservedConnections()
                + " - reserved_connections " + capacity.reservedConnections()
                + " - " + HEADROOM + " headroom = " + limit
                + ". Under load requests will fail with 'too many clients' instead of waiting; lower the pool"
                + " or raise max_connections (with N instances, N x max must fit).";
    }

    /** The pool's settings as one log line. */
    public static String describe(DatabaseUrl url, PoolSettings pool) {
        if (pool.serverless()) {
            return "Database " + url.target() + ": serverless mode (IS_SERVERLESS), no pool: a new connection"
                    + " per unit of work, server-side prepared statements off, connect timeout "
                    + pool.timeout().toSeconds() + " s";
        }
        return "Database " + url.target() + ": HikariCP pool size=" + pool.size() + " max_overflow="
                + pool.maxOverflow() + " max=" + pool.max() + " timeout=" + pool.timeout().toSeconds()
                + "s recycle=" + pool.recycle().toSeconds() + "s pre_ping=" + pool.prePing();
    }

    static ServerCapacity readCapacity(Connection connection) throws SQLException {
        Map<String, String> settings = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, setting FROM pg_settings WHERE name IN"
                        + " ('server_version', 'max_connections', 'superuser_reserved_connections',"
                        + " 'reserved_connections')")) {
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
        }
        return new ServerCapacity(
                settings.getOrDefault("server_version", "unknown"),
                Integer.parseInt(settings.getOrDefault("max_connections", "0")),
                Integer.parseInt(settings.getOrDefault("superuser_reserved_connections", "0")),
                Integer.parseInt(settings.getOrDefault("reserved_connections", "0")));
    }

    /** The driver's message, with the password blotted out should a driver ever echo it. */
    static String safeMessage(Throwable failure, DatabaseUrl url) {
        String message = String.valueOf(failure.getMessage());
        if (url.password() != null && !url.password().isEmpty()) {
            message = message.replace(url.password(), "*****");
        }
        return message;
    }
}
