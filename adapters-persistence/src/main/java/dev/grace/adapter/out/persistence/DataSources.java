package dev.grace.adapter.out.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Builds the application's {@link DataSource} from the seed's settings: a HikariCP pool, or in serverless
 * mode a plain pgjdbc data source that opens a new connection each time (SQLAlchemy's NullPool).
 *
 * <p>Driver defaults set here, each only when the URL does not set it itself (so {@code DATABASE_URL} can
 * override any of them): {@code connectTimeout=10} s so an unreachable host fails
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

    /** The driver properties every connection gets, less those the URL sets itself. */
    static Map<String, String> driverDefaults(DatabaseUrl url, PoolSettings pool) {
        int connectTimeout = (int) Math.min(CONNECT_TIMEOUT_SECONDS, Math.max(1, pool.timeout().toSeconds()));
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("connectTimeout", String.valueOf(connectTimeout));
        defaults.put("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        defaults.put("tcpKeepAlive", "true");
        defaults.put("ApplicationName", APPLICATION_NAME);
        if (pool.serverless()) {
            // Server-side prepared statements live in one server session; behind PgBouncer in transaction
            // mode the next statement may run in another one, so they must be off.
            defaults.put("prepareThreshold", "0");
        }
        Properties fromUrl = org.postgresql.Driver.parseURL(url.jdbcUrl(), null);
        if (fromUrl != null) {
            defaults.keySet().removeIf(key -> fromUrl.getProperty(key) != null);
        }
        return defaults;
    }

    private static HikariDataSource pooled(DatabaseUrl url, PoolSettings pool, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setDriverClassName(org.postgresql.Driver.class.getName());
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        config.setPassword(url.password());
        Properties properties = new Properties();
        properties.putAll(driverDefaults(url, pool));
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
        dataSource.setURL(url.jdbcUrl());
        driverDefaults(url, pool).forEach((name, value) -> setDriverProperty(dataSource, name, value));
        dataSource.setLoginTimeout((int) Math.max(1, pool.timeout().toSeconds()));
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
