package dev.grace.bootstrap;

import dev.grace.adapter.out.persistence.DatabaseUrl;
import dev.grace.adapter.out.persistence.DevelopmentDatabase;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database Grace runs on: {@code DATABASE_URL}'s, or in development mode an embedded PostgreSQL that lives
 * as long as the application context and keeps its data in {@code GRACE_DATA_DIR/postgres}.
 */
final class DatabaseTarget implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DatabaseTarget.class);

    private final DatabaseUrl url;
    private final Optional<DevelopmentDatabase> embedded;

    private DatabaseTarget(DatabaseUrl url, Optional<DevelopmentDatabase> embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    static DatabaseTarget of(GraceSettings settings) {
        if (settings.databaseUrl().isPresent()) {
            return new DatabaseTarget(settings.databaseUrl().get(), Optional.empty());
        }
        DevelopmentDatabase database = DevelopmentDatabase.start(settings.dataDirectory().resolve("postgres"));
        log.warn("DEVELOPMENT MODE: DATABASE_URL is unset, so Grace runs on an embedded PostgreSQL (data in {}),"
                + " loads a demo hotel and listens on 127.0.0.1 only. Set DATABASE_URL and HMAC_SECRET for production.",
                database.dataDirectory());
        return new DatabaseTarget(database.url(), Optional.of(database));
    }

    DatabaseUrl url() {
        return url;
    }

    @Override
    public void close() {
        embedded.ifPresent(DevelopmentDatabase::close);
    }
}
