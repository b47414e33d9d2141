package dev.grace.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.tomcat.TomcatWebServer;

/**
 * Without DATABASE_URL: an embedded PostgreSQL whose data survives a restart, a demo hotel, a generated and
 * saved webhook secret, loopback only, and "mode": "development" on /health.
 */
class DevelopmentModeTest {

    @Test
    void startsOnItsOwnDatabaseAndKeepsItsDataAcrossRestarts(@TempDir Path dataDirectory) throws Exception {
        Map<String, Object> environment = Map.of("DATABASE_URL", "", "HMAC_SECRET", "",
                "GRACE_DATA_DIR", dataDirectory.toString());
        String secret;
        try (GraceInstance grace = GraceInstance.startWith(environment)) {
            HttpResponse<String> health = grace.get("/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat((String) JsonPath.read(health.body(), "$.mode")).isEqualTo("development");

            List<String> codes = JsonPath.read(grace.get("/room-types").body(), "$[*].code");
            assertThat(codes).containsExactly("DBL", "FAM", "STD", "STE");

            TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) grace.context()).getWebServer();
            Object address = server.getTomcat().getConnector().getProperty("address");
            assertThat(address).isEqualTo(InetAddress.getLoopbackAddress());

            Path secretFile = dataDirectory.resolve("dev-hmac-secret");
            assertThat(secretFile).isRegularFile();
            secret = Files.readString(secretFile).strip();
            assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
        }

        try (GraceInstance restarted = GraceInstance.startWith(environment)) {
            List<String> codes = JsonPath.read(restarted.get("/room-types").body(), "$[*].code");
            assertThat(codes).containsExactly("DBL", "FAM", "STD", "STE");
            assertThat(Files.readString(dataDirectory.resolve("dev-hmac-secret")).strip())
                    .as("the saved secret is kept, so a signing set-up keeps working").isEqualTo(secret);
        }
    }
}
