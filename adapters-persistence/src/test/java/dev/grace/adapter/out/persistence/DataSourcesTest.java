package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

class DataSourcesTest {
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
    void pooledDataSourceMapsTheSeedSettingsOntoHikari() {
        PoolSettings settings = new PoolSettings(3, 2, Duration.ofSeconds(7), Duration.ofSeconds(600), true, false);
        try (HikariDataSource pool = (HikariDataSource) DataSources.create(database.url(), settings, "mapping")) {
            assertThat(pool.getPoolName()).isEqualTo("mapping");
            assertThat(pool.getMinimumIdle()).isEqualTo(3);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(5);
            assertThat(pool.getConnectionTimeout()).isEqualTo(7_000);
            assertThat(pool.getMaxLifetime()).isEqualTo(600_000);
            assertThat(pool.getKeepaliveTime()).isEqualTo(120_000);
            assertThat(pool.getIdleTimeout()).isEqualTo(60_000);
            assertThat(pool.getDataSourceProperties())
                    .containsEntry("connectTimeout", "7")
                    .containsEntry("socketTimeout", "60")
                    .containsEntry("tcpKeepAlive", "true");
        }
    }

    @Test
    void shortRecycleTurnsKeepaliveOffRatherThanBreakHikarisRule() {
        PoolSettings settings = new PoolSettings(1, 1, Duration.ofSeconds(5), Duration.ofSeconds(30), true, false);
        try (HikariDataSource pool = (HikariDataSource) DataSources.create(database.url(), settings, "short")) {
            assertThat(pool.getKeepaliveTime()).isZero();
            assertThat(pool.getMaxLifetime()).isEqualTo(30_000);
            assertThat(pool.getIdleTimeout()).isLessThan(pool.getMaxLifetime());
        }
    }

    @Test
    void pooledConnectionsCarryTheDriverDefaults() throws SQLException {
        try (HikariDataSource pool = (HikariDataSource) DataSources.create(
                database.url(), TestDatabase.TEST_POOL, "defaults")) {
            assertThat(show(pool, "application_name")).isEqualTo("grace");
        }
    }

    @Test
    void theUrlsOwnParametersWinOverTheDefaults() throws SQLException {
        DatabaseUrl url = new DatabaseUrl(database.url().jdbcUrl() + "?ApplicationName=custom",
                database.url().user(), database.url().password());
        try (HikariDataSource pool = (HikariDataSource) DataSources.create(url, TestDatabase.TEST_POOL, "override")) {
            assertThat(show(pool, "application_name")).isEqualTo("custom");
        }
        DataSource unpooled = DataSources.create(url, TestDatabase.TEST_POOL.withServerless(true), "unused");
        assertThat(show(unpooled, "application_name")).isEqualTo("custom");
    }

    @Test
    void serverlessOpensAFreshConnectionWithoutServerSidePreparedStatements() throws SQLException {
        DataSource unpooled = DataSources.create(database.url(), TestDatabase.TEST_POOL.withServerless(true), "x");

        assertThat(unpooled).isInstanceOf(PGSimpleDataSource.class);
        try (Connection first = unpooled.getConnection(); Connection second = unpooled.getConnection()) {
            assertThat(first.unwrap(PGConnection.class).getPrepareThreshold()).isZero();
            assertThat(backendPid(first)).isNotEqualTo(backendPid(second));
            assertThat(show(first, "application_name")).isEqualTo("grace");
        }
        PGSimpleDataSource simple = (PGSimpleDataSource) unpooled;
        assertThat(simple.getSocketTimeout()).isEqualTo(60);
        assertThat(simple.getTcpKeepAlive()).isTrue();
    }

    private static String show(DataSource dataSource, String setting) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return show(connection, setting);
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getBackendPID();
    }
}
