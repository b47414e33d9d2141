package dev.grace.adapter.out.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class TestDatabasesTest {

    @Test
    void eachDatabaseIsFreshAndGoneAfterClose() throws SQLException {
        TestDatabase first = TestDatabases.create();
        try (TestDatabase second = TestDatabases.create()) {
            assertThat(first.name()).startsWith("grace_test_").isNotEqualTo(second.name());
            execute(first.dataSource(), "CREATE TABLE only_here (x int)");

            assertThat(currentDatabase(first.dataSource())).isEqualTo(first.name());
            assertThat(tableCount(second.dataSource(), "only_here")).isZero();
            assertThat(tableCount(first.dataSource(), "only_here")).isOne();

            first.close();

            assertThat(databaseExists(second.dataSource(), first.name())).isFalse();
            assertThat(databaseExists(second.dataSource(), second.name())).isTrue();
        } finally {
            first.close();
        }
    }

    @Test
    void migrateCreatesTheApplicationSchema() throws SQLException {
        try (TestDatabase database = TestDatabases.create().migrate()) {
            assertThat(tableCount(database.dataSource(), "booking")).isOne();
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String currentDatabase(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static int tableCount(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = '" + table + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean databaseExists(DataSource dataSource, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }
}
