package dev.grace.adapter.out.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server run from the embedded binaries, for development mode (no {@code DATABASE_URL}).
 * Its data directory is kept between runs, so a restarted service finds its data again. It listens on a
 * free port on the loopback interface only.
 */
public final class DevelopmentDatabase implements AutoCloseable {
    /** The database the service uses inside the embedded server. */
    public static final String DATABASE = "grace";

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    private final DatabaseUrl url;

    private DevelopmentDatabase(EmbeddedPostgres server, Path dataDirectory, DatabaseUrl url) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.url = url;
    }

    /**
     * Starts the server on {@code dataDirectory} (created and initialised on first use, reused afterwards)
     * and makes sure the {@value #DATABASE} database exists.
     *
     * @throws UncheckedIOException when the server cannot start (for example the directory is not writable
     *     or another server still runs on it)
     */
    public static DevelopmentDatabase start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres server;
        try {
            Files.createDirectories(directory.getParent());
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
        }
        try {
            createDatabaseIfMissing(server.getPostgresDatabase(), DATABASE);
        } catch (SQLException e) {
            closeQuietly(server);
            throw new IllegalStateException("could not create the database " + DATABASE
                    + " in the embedded PostgreSQL: " + e.getMessage(), e);
        }
        DatabaseUrl url = new DatabaseUrl(
                DatabaseUrl.JDBC_PREFIX + "//127.0.0.1:" + server.getPort() + "/" + DATABASE, "postgres", null);
        return new DevelopmentDatabase(server, directory, url);
    }

    static void createDatabaseIfMissing(DataSource admin, String database) throws SQLException {
        try (Connection connection = admin.getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + quoteIdentifier(database));
            }
        }
    }

    static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Where the service connects: the {@value #DATABASE} database as user {@code postgres}, no password. */
    public DatabaseUrl url() {
        return url;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return server.getPort();
    }

    /** Stops the server; its data stays in {@link #dataDirectory()}. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            // the start already failed; that failure is the one worth reporting
        }
    }
}
