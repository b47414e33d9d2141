package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentDatabaseTest {

    @Test
    void dataSurvivesARestart(@TempDir Path workingDirectory) throws SQLException {
        Path dataDirectory = workingDirectory.resolve(".grace/pgdata");
        PoolSettings settings = PoolSettings.DEFAULTS.withSize(1, 0).withServerless(true);

        try (DevelopmentDatabase database = DevelopmentDatabase.start(dataDirectory)) {
            assertThat(database.url().target()).startsWith("127.0.0.1:").endsWith("/grace");
            DataSource dataSource = DataSources.create(database.url(), settings, "dev");
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (note text)");
                statement.execute("INSERT INTO kept VALUES ('still here')");
            }
        }
        try (DevelopmentDatabase restarted = DevelopmentDatabase.start(dataDirectory)) {
            DataSource dataSource = DataSources.create(restarted.url(), settings, "dev");
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
    }

    @Test
    void aDataDirectoryInUseIsRefusedQuicklyWithAClearMessage(@TempDir Path workingDirectory) {
        Path dataDirectory = workingDirectory.resolve("pgdata");
        try (DevelopmentDatabase running = DevelopmentDatabase.start(dataDirectory)) {
            assertThat(running.port()).isPositive();

            assertThatThrownBy(() -> DevelopmentDatabase.start(dataDirectory))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
        }
    }
}
