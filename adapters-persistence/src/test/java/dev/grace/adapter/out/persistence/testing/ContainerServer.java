package dev.grace.adapter.out.persistence.testing;

import dev.grace.adapter.out.persistence.DatabaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The Testcontainers branch of the test-database lookup; loaded only when {@link DockerProbe} sees Docker. */
final class ContainerServer {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerServer.class);
    private static final String IMAGE = "postgres:17-alpine";

    private ContainerServer() {
    }

    /** A started PostgreSQL container (stopped by Testcontainers' reaper when the JVM ends), or null. */
    static TestDatabases.Server start() {
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return null;
            }
            @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers removes it afterwards
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE)
                    .withCommand("postgres", "-c", "max_connections=200", "-c", "fsync=off");
            container.start();
            DatabaseUrl admin = new DatabaseUrl(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword());
            return new TestDatabases.Server("Testcontainers PostgreSQL (" + IMAGE + ")", admin);
        } catch (RuntimeException e) {
            LOG.info("Docker seemed present but no PostgreSQL container could be started ({});"
                    + " falling back to embedded PostgreSQL", e.toString());
            return null;
        }
    }
}
