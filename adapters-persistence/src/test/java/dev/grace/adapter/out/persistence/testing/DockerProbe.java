package dev.grace.adapter.out.persistence.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a Docker engine could be there at all ({@code DOCKER_HOST} or a docker socket file). Testcontainers'
 * own discovery tries several strategies and logs each failure, which costs seconds on a machine without
 * Docker, so it is only asked when this says yes. Free of Testcontainers types on purpose: a module that
 * uses the fixture without Testcontainers on its test class path still loads this class.
 */
final class DockerProbe {
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

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
