package dev.grace.adapter.out.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.grace.application.port.in.DatabaseHealth;
import dev.grace.application.port.in.PoolStatus;
import dev.grace.application.port.out.DatabaseHealthPort;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Health of the database and the pool, without ever borrowing from the pool: the pool's counters come from
 * HikariCP's own bean, and the probe opens a short-lived connection of its own with 2-second connect and
 * read timeouts. So {@code /health} answers quickly when the pool is exhausted or the database is gone,
 * and it reports the exhaustion instead of queueing behind it.
 */
public final class JdbcDatabaseHealth implements DatabaseHealthPort {
    static final int PROBE_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final DatabaseUrl url;
    private final PoolSettings settings;

    /**
     * @param dataSource the application's data source, as made by {@link DataSources#create}
     * @param url where the probe connects (the same database)
     */
    public JdbcDatabaseHealth(DataSource dataSource, DatabaseUrl url, PoolSettings settings) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.url = Objects.requireNonNull(url, "url");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public DatabaseHealth probeDatabase() {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(probeUrl(), probeProperties());
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(PROBE_TIMEOUT_SECONDS);
            long queryStarted = System.nanoTime();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT current_setting('server_version') AS server_version,
                           current_setting('max_connections')::int AS max_connections,
                           (SELECT count(*) FROM pg_stat_activity
                            WHERE backend_type = 'client backend' AND pid <> pg_backend_pid())::int AS in_use""")) {
                rows.next();
                double latencyMs = (System.nanoTime() - queryStarted) / 1_000_000.0;
                return new DatabaseHealth(true, round(latencyMs), Optional.of(rows.getString("server_version")),
                        OptionalInt.of(rows.getInt("max_connections")), OptionalInt.of(rows.getInt("in_use")));
            }
        } catch (SQLException e) {
            double elapsedMs = (System.nanoTime() - started) / 1_000_000.0;
            return new DatabaseHealth(false, round(elapsedMs), Optional.empty(), OptionalInt.empty(),
                    OptionalInt.empty());
        }
    }

    @Override
    public PoolStatus poolStatus() {
        long timeout = settings.timeout().toSeconds();
        long recycle = settings.recycle().toSeconds();
        HikariPoolMXBean pool = dataSource instanceof HikariDataSource hikari ? hikari.getHikariPoolMXBean() : null;
        if (pool == null) {
            return new PoolStatus(settings.serverless() ? "none" : "HikariCP", settings.serverless(),
                    settings.size(), settings.maxOverflow(), settings.max(), OptionalInt.empty(),
                    OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                    timeout, recycle, settings.prePing());
        }
        int total = pool.getTotalConnections();
        return new PoolStatus("HikariCP", false, settings.size(), settings.maxOverflow(), settings.max(),
                OptionalInt.of(pool.getActiveConnections()), OptionalInt.of(pool.getIdleConnections()),
                OptionalInt.of(total), OptionalInt.of(pool.getThreadsAwaitingConnection()),
                OptionalInt.of(Math.max(0, total - settings.size())), timeout, recycle, settings.prePing());
    }

    /**
     * The timeouts go on the end of the URL: pgjdbc lets URL parameters win over properties, and the last
     * of repeated parameters win, so a long {@code connectTimeout} in {@code DATABASE_URL} cannot slow the
     * probe down.
     */
    String probeUrl() {
        String timeouts = "connectTimeout=" + PROBE_TIMEOUT_SECONDS + "&socketTimeout=" + PROBE_TIMEOUT_SECONDS
                + "&loginTimeout=" + PROBE_TIMEOUT_SECONDS;
        return url.jdbcUrl() + (url.jdbcUrl().contains("?") ? "&" : "?") + timeouts;
    }

    private Properties probeProperties() {
        Properties properties = new Properties();
        if (url.user() != null) {
            properties.setProperty("user", url.user());
        }
        if (url.password() != null) {
            properties.setProperty("password", url.password());
        }
        properties.setProperty("prepareThreshold", "0");
        properties.setProperty("ApplicationName", DataSources.APPLICATION_NAME + "-health");
        return properties;
    }

    private static double round(double milliseconds) {
        return Math.round(milliseconds * 10) / 10.0;
    }
}
