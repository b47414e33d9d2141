package dev.grace.adapter.out.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Builds the application's {@link DataSource} from the seed's settings: a HikariCP pool, or in serverless
 * mode a plain pgjdbc data source that opens a new connection each time (SQLAlchemy's NullPool).
 *
 * <p>Driver defaults set here (every one can be overridden by a query parameter of the URL, because pgjdbc
 * lets the URL win over supplied properties): {@code connectTimeout=10} s so an unreachable host fails
 * fast, {@code socketTimeout=60} s so a silently dropped network cannot leave a thread (and its pooled
 * connection) waiting forever, {@code tcpKeepAlive=true} so the kernel notices dead peers, and an
 * {@code ApplicationName} that shows up in {@code pg_stat_activity}.
 */
public final class DataSources {
    /** pgjdbc's name for the application in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "grace";

    static final int CONNECT_TIMEOUT_SECONDS = 10;
    static final int SOCKET_TIMEOUT_SECONDS = 60;
    private static final Duration KEEPALIVE = Duration.ofMinutes(2);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    private DataSources() {
    }

    /**
     * The application's data source.
     *
     * @param poolName shown in HikariCP's log lines and thread names
     * @return a {@link HikariDataSource} (close it on shutdown), or in serverless mode a
     *     {@link PGSimpleDataSource} with server-side prepared statements off ({@code prepareThreshold=0}),
     *     which is what PgBouncer in transaction mode needs
     */
    public static DataSource create(DatabaseUrl url, PoolSettings pool, String poolName) {
        return pool.serverless() ? unpooled(url, pool) : pooled(url, pool, poolName);
    }

    /** The driver properties every connection gets unless the URL says otherwise. */
    static Map<String, String> driverDefaults(PoolSettings pool) {
        int connectTimeout = (int) Math.min(CONNECT_TIMEOUT_SECONDS, Math.max(1, pool.timeout().toSeconds()));
        return Map.of(
                "connectTimeout", String.valueOf(connectTimeout),
                "socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS),
                "tcpKeepAlive", "true",
                "ApplicationName", APPLICATION_NAME);
    }

    private static HikariDataSource pooled(DatabaseUrl url, PoolSettings pool, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setDriverClassName(org.postgresql.Driver.class.getName());
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        config.setPassword(url.password());
        Properties properties = new Properties();
        properties.putAll(driverDefaults(pool));
        config.setDataSourceProperties(properties);

        // QueuePool(pool_size, max_overflow): keep `size`, open up to size + overflow under load.
        config.setMinimumIdle(pool.size());
        config.setMaximumPoolSize(pool.max());
        config.setConnectionTimeout(pool.timeout().toMillis());
        config.setValidationTimeout(Math.min(pool.timeout().toMillis(), Duration.ofSeconds(5).toMillis()));
        // pool_recycle: HikariCP retires each connection at this age (with a little jitter) once it is idle.
        config.setMaxLifetime(pool.recycle().toMillis());
        // HikariCP insists the keepalive is at least 30 s and below the lifetime; with a very short recycle
        // the recycling itself keeps connections fresh, so no keepalive is needed then.
        long keepalive = Math.min(KEEPALIVE.toMillis(), pool.recycle().toMillis() - 10_000);
        config.setKeepaliveTime(keepalive >= 30_000 ? keepalive : 0);
        if (pool.maxOverflow() > 0) {
            // Overflow connections close once idle this long (QueuePool closes them on return at once).
            long idle = Math.min(IDLE_TIMEOUT.toMillis(), pool.recycle().toMillis() - 10_000);
            config.setIdleTimeout(Math.max(10_000, idle));
        }
        // Do not connect while building the pool: the startup check waits for the first connection for
        // DB_POOL_TIMEOUT and reports a clear error instead of HikariCP's.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static PGSimpleDataSource unpooled(DatabaseUrl url, PoolSettings pool) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        driverDefaults(pool).forEach((name, value) -> setDriverProperty(dataSource, name, value));
        // Server-side prepared statements live in one server session; behind PgBouncer in transaction mode
        // the next statement may run on another one, so they must be off.
        dataSource.setPrepareThreshold(0);
        dataSource.setLoginTimeout((int) Math.max(1, pool.timeout().toSeconds()));
        // The URL last: its own parameters override the defaults above.
        dataSource.setURL(url.jdbcUrl());
        if (url.user() != null) {
            dataSource.setUser(url.user());
        }
        if (url.password() != null) {
            dataSource.setPassword(url.password());
        }
        return dataSource;
    }

    private static void setDriverProperty(PGSimpleDataSource dataSource, String name, String value) {
        try {
            dataSource.setProperty(name, value);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("pgjdbc rejected its own property " + name, e);
        }
    }
}
