package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import dev.grace.application.port.in.DatabaseHealth;
import dev.grace.application.port.out.DatabaseUnavailableException;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DuplicateKeyException;

/** A database that is not there, or goes away mid-request, is "unavailable" (503), never a bug (500). */
class DatabaseUnavailableTest {

    private static DatabaseUrl nobodyListening() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return DatabaseUrl.parse("DATABASE_URL",
                    "postgresql://grace:NotShownPw@127.0.0.1:" + socket.getLocalPort() + "/grace");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aRefusedConnectionIsUnavailable(boolean serverless) throws Exception {
        DatabaseUrl url = nobodyListening();
        PoolSettings settings = new PoolSettings(1, 0, Duration.ofSeconds(1), Duration.ofSeconds(60), true,
                serverless);
        DataSource dataSource = DataSources.create(url, settings, "down");
        try {
            JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(dataSource);

            assertThatThrownBy(() -> unitOfWork.inTransaction(() -> "never runs"))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("NotShownPw"));

            DatabaseHealth probe = new JdbcDatabaseHealth(dataSource, url, settings).probeDatabase();
            assertThat(probe.up()).isFalse();
            assertThat(probe.serverVersion()).isEmpty();
        } finally {
            if (dataSource instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    @Test
    void aConnectionKilledMidRequestIsUnavailable() throws SQLException {
        try (TestDatabase database = TestDatabases.create()) {
            DataSource pool = database.dataSource();
            JdbcClient jdbc = JdbcClient.create(pool);
            JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(pool);

            assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
                int pid = jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
                terminate(database, pid);
                return jdbc.sql("SELECT 1").query(Integer.class).single();
            })).isInstanceOf(DatabaseUnavailableException.class);

            assertThat(unitOfWork.inTransaction(() -> jdbc.sql("SELECT 1").query(Integer.class).single())).isOne();
        }
    }

    @Test
    void otherDatabaseErrorsAreLeftAsTheyAre() {
        try (TestDatabase database = TestDatabases.create()) {
            DataSource pool = database.dataSource();
            JdbcClient jdbc = JdbcClient.create(pool);
            JdbcUnitOfWork unitOfWork = new JdbcUnitOfWork(pool);
            unitOfWork.inTransaction(() -> jdbc.sql("CREATE TABLE once (id int PRIMARY KEY)").update());

            assertThatThrownBy(() -> unitOfWork.inTransaction(
                            () -> jdbc.sql("INSERT INTO once VALUES (1), (1)").update()))
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    private static void terminate(TestDatabase database, int pid) {
        try (Connection admin = DriverManager.getConnection(database.url().jdbcUrl(), database.url().user(),
                        database.url().password());
                Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + pid + ")");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
