package dev.grace.adapter.out.persistence.testing;

import dev.grace.adapter.out.persistence.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The Testcontainers branch of the test-database lookup. Testcontainers' own discovery tries several
 * strategies and logs each failure, which costs seconds on a machine without Docker; so it is asked only
 * when a Docker endpoint is visible at all ({@code DOCKER_HOST} or a docker socket file).
 */
final class DockerProbe {
    private static final Logger LOG = LoggerFactory.getLogger(DockerProbe.class);
    private static final String IMAGE = "postgres:17-alpine";

    private DockerProbe() {
    }

    static boolean engineMayAnswer() {
        if (notBlank(System.getenv("DOCKER_HOST"))) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        return Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || (notBlank(runtimeDir) && Files.exists(Path.of(runtimeDir, "docker.sock")));
    }

    /** A started PostgreSQL container (stopped by Testcontainers' reaper when the JVM ends), or null. */
    static TestDatabases.Server startContainer() {
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

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
