package dev.grace.adapter.out.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema is owned by the Flyway migrations in {@code db/migration}; this applies them. */
public final class Migrations {
    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /** Brings the schema up to date; returns how many migrations ran. */
    public static int apply(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
