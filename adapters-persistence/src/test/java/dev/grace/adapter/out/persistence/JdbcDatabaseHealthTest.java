package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import dev.grace.application.port.in.DatabaseHealth;
import dev.grace.application.port.in.PoolStatus;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcDatabaseHealthTest {
    private static final PoolSettings SETTINGS =
            new PoolSettings(2, 1, Duration.ofSeconds(5), Duration.ofSeconds(900), false, false);

    private static TestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void theProbeReportsTheServerAndTheConnectionsInUse() throws Exception {
        DataSource pool = database.dataSource(SETTINGS);
        JdbcDatabaseHealth health = new JdbcDatabaseHealth(pool, database.url(), SETTINGS);

        try (Connection held = pool.getConnection()) {
            assertThat(held.isValid(1)).isTrue();
            DatabaseHealth probe = health.probeDatabase();

            assertThat(probe.up()).isTrue();
            assertThat(probe.latencyMs()).isNotNegative();
            assertThat(probe.serverVersion()).hasValueSatisfying(version -> assertThat(version).matches("\\d+.*"));
            assertThat(probe.maxConnections().orElseThrow()).isPositive();
            assertThat(probe.connectionsInUse().orElseThrow()).isPositive();
        }
    }

    @Test
    void pooledStatusCarriesTheSettingsAndTheCounters() throws Exception {
        DataSource pool = database.dataSource(SETTINGS);
        JdbcDatabaseHealth health = new JdbcDatabaseHealth(pool, database.url(), SETTINGS);

        try (Connection held = pool.getConnection()) {
            assertThat(held.isValid(1)).isTrue();
            PoolStatus status = health.poolStatus();

            assertThat(status.type()).isEqualTo("HikariCP");
            assertThat(status.serverless()).isFalse();
            assertThat(status.size()).isEqualTo(2);
            assertThat(status.maxOverflow()).isEqualTo(1);
            assertThat(status.max()).isEqualTo(3);
            assertThat(status.timeoutSeconds()).isEqualTo(5);
            assertThat(status.recycleSeconds()).isEqualTo(900);
            assertThat(status.prePing()).isFalse();
            assertThat(status.active()).hasValue(1);
            assertThat(status.waiting()).hasValue(0);
            assertThat(status.total().orElseThrow()).isBetween(1, 3);
            assertThat(status.overflow().orElseThrow())
                    .isEqualTo(Math.max(0, status.total().orElseThrow() - 2));
        }
    }

    @Test
    void serverlessStatusHasNoPoolAndNoCounters() {
        PoolSettings serverless = SETTINGS.withServerless(true);
        DataSource unpooled = DataSources.create(database.url(), serverless, "unused");

        PoolStatus status = new JdbcDatabaseHealth(unpooled, database.url(), serverless).poolStatus();

        assertThat(status.type()).isEqualTo("none");
        assertThat(status.serverless()).isTrue();
        assertThat(status.active()).isEmpty();
        assertThat(status.idle()).isEmpty();
        assertThat(status.total()).isEmpty();
        assertThat(status.waiting()).isEmpty();
        assertThat(status.overflow()).isEmpty();
        assertThat(new JdbcDatabaseHealth(unpooled, database.url(), serverless).probeDatabase().up()).isTrue();
    }

    @Test
    void theProbesOwnShortTimeoutsWinOverLongerOnesInTheUrl() {
        DatabaseUrl slow = new DatabaseUrl("jdbc:postgresql://db.example:5432/grace?connectTimeout=30&socketTimeout=600",
                "u", "p");

        String probeUrl = new JdbcDatabaseHealth(database.dataSource(), slow, SETTINGS).probeUrl();

        var properties = org.postgresql.Driver.parseURL(probeUrl, null);
        assertThat(properties.getProperty("connectTimeout")).isEqualTo("2");
        assertThat(properties.getProperty("socketTimeout")).isEqualTo("2");
        assertThat(properties.getProperty("loginTimeout")).isEqualTo("2");
    }
}
