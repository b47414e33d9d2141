package dev.grace.adapter.out.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the embedded binaries, for development mode (no {@code DATABASE_URL}).
 * Its data directory is kept between runs, so a restarted service finds its data again. It listens on a
 * free port on the loopback interface only.
 */
public final class DevelopmentDatabase implements AutoCloseable {
    /** The database the service uses inside the embedded server. */
    public static final String DATABASE = "grace";

    private static final Logger LOG = LoggerFactory.getLogger(DevelopmentDatabase.class);

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
            stopLeftoverServer(directory);
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

    /**
     * A run that was killed (not stopped) leaves its PostgreSQL running on the data directory, and a new
     * server cannot start there. The embedded server holds a file lock ({@code epg-lock}) for as long as
     * the process that started it lives; if that lock is free, the server left behind has no owner and is
     * asked to shut down (SIGTERM: PostgreSQL's smart shutdown) before a new one starts.
     */
    static void stopLeftoverServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve("epg-lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("the development database in " + directory
                        + " is in use by another running Grace; stop that one first");
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
                return;
            }
            Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres"))
                            .orElse(false));
            if (leftover.isEmpty()) {
                return;
            }
            LOG.warn("Stopping the PostgreSQL (pid {}) left running on {} by a run that did not shut down",
                    leftover.get().pid(), directory);
            leftover.get().destroy();
            try {
                leftover.get().onExit().get(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping the leftover PostgreSQL", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the PostgreSQL (pid " + leftover.get().pid()
                        + ") left running on " + directory + " did not stop; stop it and start again", e);
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
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
