package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import dev.grace.application.port.out.DatabaseUnavailableException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PoolCheckTest {

    @Test
    void readsTheServersCapacity() {
        try (TestDatabase database = TestDatabases.create()) {
            ServerCapacity capacity = PoolCheck.verify(database.dataSource(), database.url(), TestDatabase.TEST_POOL);

            assertThat(capacity.maxConnections()).isPositive();
            assertThat(capacity.superuserReservedConnections()).isNotNegative();
            assertThat(capacity.serverVersion()).matches("\\d+.*");
        }
    }

    @Test
    void unreachableDatabaseFailsWithinTheTimeoutNamingHostButNotPassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseUrl url = DatabaseUrl.parse("DATABASE_URL",
                "postgresql://grace:TopSecretPw@127.0.0.1:" + closedPort + "/hotel");
        PoolSettings settings = new PoolSettings(1, 0, Duration.ofSeconds(1), Duration.ofSeconds(60), true, false);

        try (HikariDataSource pool = (HikariDataSource) DataSources.create(url, settings, "unreachable")) {
            assertThatThrownBy(() -> PoolCheck.verify(pool, url, settings))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("127.0.0.1:" + closedPort + "/hotel")
                    .hasMessageContaining("DB_POOL_TIMEOUT")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TopSecretPw"));
        }
        assertThatThrownBy(() -> PoolCheck.verify(
                        DataSources.create(url, settings.withServerless(true), "x"), url, settings.withServerless(true)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("/hotel");
    }

    @Test
    void warnsWithTheFiguresWhenThePoolCannotFitTheServer() {
        ServerCapacity capacity = new ServerCapacity("16.4", 100, 3, 2);
        PoolSettings fits = new PoolSettings(60, 32, Duration.ofSeconds(30), Duration.ofSeconds(3600), true, false);
        PoolSettings tooBig = fits.withSize(60, 33);

        assertThat(PoolCheck.capacityWarning(fits, capacity)).isNull();
        assertThat(PoolCheck.capacityWarning(tooBig, capacity))
                .contains("93").contains("max_connections 100").contains("superuser_reserved_connections 3")
                .contains("reserved_connections 2").contains("= 92");
        assertThat(PoolCheck.capacityWarning(tooBig.withServerless(true), capacity)).isNull();
    }
}
