package dev.grace.bootstrap;

import dev.grace.adapter.out.persistence.DataSources;
import dev.grace.adapter.out.persistence.JdbcBookings;
import dev.grace.adapter.out.persistence.JdbcDatabaseHealth;
import dev.grace.adapter.out.persistence.JdbcEventLog;
import dev.grace.adapter.out.persistence.JdbcInventory;
import dev.grace.adapter.out.persistence.JdbcRates;
import dev.grace.adapter.out.persistence.JdbcRoomTypes;
import dev.grace.adapter.out.persistence.JdbcUnitOfWork;
import dev.grace.adapter.out.persistence.Migrations;
import dev.grace.adapter.out.persistence.PoolCheck;
import dev.grace.adapter.out.persistence.PoolSettings;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PostgreSQL side: which database, the pool (or none, in serverless mode), the start-up check, the
 * schema, and one adapter object per table family implementing the application's out ports.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceWiring {

    @Bean
    PoolSettings poolSettings(GraceSettings settings) {
        return new PoolSettings(settings.poolSize(), settings.maxOverflow(), settings.poolTimeout(),
                settings.poolRecycle(), settings.poolPrePing(), settings.serverless());
    }

    @Bean
    DatabaseTarget databaseTarget(GraceSettings settings) {
        return DatabaseTarget.of(settings);
    }

    /**
     * The pool, checked before anything else uses it: one connection within DB_POOL_TIMEOUT or the start
     * stops; then the schema is migrated, so no adapter ever sees an old schema. Flyway gets connections of
     * its own (unpooled, closed when it is done): it may hold two at once, which a pool of one cannot give,
     * and the pool's connections are for requests.
     */
    @Bean
    DataSource dataSource(DatabaseTarget database, PoolSettings pool) {
        DataSource dataSource = DataSources.create(database.url(), pool, "grace");
        try {
            PoolCheck.verify(dataSource, database.url(), pool);
            Migrations.apply(DataSources.create(database.url(), pool.withServerless(true), "grace-migrations"));
        } catch (RuntimeException e) {
            if (dataSource instanceof AutoCloseable closeable) {
                closeQuietly(closeable);
            }
            throw e;
        }
        return dataSource;
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    JdbcUnitOfWork unitOfWork(DataSource dataSource) {
        return new JdbcUnitOfWork(dataSource);
    }

    @Bean
    JdbcRoomTypes roomTypes(JdbcClient jdbc) {
        return new JdbcRoomTypes(jdbc);
    }

    @Bean
    JdbcRates rates(JdbcClient jdbc) {
        return new JdbcRates(jdbc);
    }

    @Bean
    JdbcInventory inventory(JdbcClient jdbc) {
        return new JdbcInventory(jdbc);
    }

    @Bean
    JdbcBookings bookings(JdbcClient jdbc) {
        return new JdbcBookings(jdbc);
    }

    @Bean
    JdbcEventLog eventLog(JdbcClient jdbc) {
        return new JdbcEventLog(jdbc);
    }

    @Bean
    JdbcDatabaseHealth databaseHealth(DataSource dataSource, DatabaseTarget database, PoolSettings pool) {
        return new JdbcDatabaseHealth(dataSource, database.url(), pool);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception suppressed) {
            // The start is failing already; the original exception is the one worth reporting.
        }
    }
}
