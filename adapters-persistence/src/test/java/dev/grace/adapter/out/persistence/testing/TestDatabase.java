package dev.grace.adapter.out.persistence.testing;

import dev.grace.adapter.out.persistence.DataSources;
import dev.grace.adapter.out.persistence.DatabaseUrl;
import dev.grace.adapter.out.persistence.Migrations;
import dev.grace.adapter.out.persistence.PoolSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * One uniquely named database for one test class (or one test), dropped on {@link #close()}. Data sources
 * handed out by {@link #dataSource(PoolSettings)} are closed before the drop.
 */
public final class TestDatabase implements AutoCloseable {
    /** Small on purpose: many test databases share one server with a limited {@code max_connections}. */
    public static final PoolSettings TEST_POOL =
            new PoolSettings(2, 3, Duration.ofSeconds(10), Duration.ofMinutes(30), true, false);

    private final TestDatabases.Server server;
    private final String name;
    private final DatabaseUrl url;
    private final List<DataSource> dataSources = new ArrayList<>();
    private DataSource defaultDataSource;
    private boolean closed;

    TestDatabase(TestDatabases.Server server, String name, DatabaseUrl url) {
        this.server = server;
        this.name = name;
        this.url = url;
    }

    /** The database's name, {@code grace_test_…}. */
    public String name() {
        return name;
    }

    /** How to reach this database (same server and credentials as the fixture's server). */
    public DatabaseUrl url() {
        return url;
    }

    /** A small shared pool on this database ({@link #TEST_POOL}), created on first use. */
    public synchronized DataSource dataSource() {
        if (defaultDataSource == null) {
            defaultDataSource = dataSource(TEST_POOL);
        }
        return defaultDataSource;
    }

    /** A new data source on this database with the given settings, closed with this database. */
    public synchronized DataSource dataSource(PoolSettings settings) {
        DataSource dataSource = DataSources.create(url, settings, name + "-" + (dataSources.size() + 1));
        dataSources.add(dataSource);
        return dataSource;
    }

    /** Applies the application's Flyway migrations. */
    public TestDatabase migrate() {
        Migrations.apply(dataSource());
        return this;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (DataSource dataSource : dataSources) {
            if (dataSource instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // dropping the database below ends any connection left behind
                }
            }
        }
        try (Connection admin = server.connect(); Statement statement = admin.createStatement()) {
            if (server.supportsForcedDrop(admin)) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } else {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + name + "' AND pid <> pg_backend_pid()");
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + " on " + server.describe() + "]";
    }
}
