package dev.grace.bootstrap.endtoend;

import dev.grace.adapter.out.persistence.DatabaseUrl;
import dev.grace.bootstrap.GraceApplication;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One running Grace, started exactly as {@code java -jar grace.jar} would be, on a random port, with its
 * settings given as the environment variables the contract names (they take precedence over the machine's).
 */
final class GraceInstance implements AutoCloseable {
    static final String SECRET = "end-to-end-test-secret-0123456789";

    private final ConfigurableApplicationContext context;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private GraceInstance(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** A production-mode instance on {@code database} with small pools; {@code overrides} as environment variables. */
    static GraceInstance start(DatabaseUrl database, String... overrides) {
        Map<String, Object> environment = new HashMap<>();
        environment.put("DATABASE_URL", asJdbcUrlWithCredentials(database));
        environment.put("HMAC_SECRET", SECRET);
        environment.put("DB_POOL_SIZE", "2");
        environment.put("DB_MAX_OVERFLOW", "3");
        environment.put("DB_POOL_TIMEOUT", "5");
        for (int i = 0; i < overrides.length; i += 2) {
            environment.put(overrides[i], overrides[i + 1]);
        }
        return startWith(environment);
    }

    static GraceInstance startWith(Map<String, Object> environment) {
        Map<String, Object> all = new HashMap<>(environment);
        all.put("PORT", "0");
        all.put("server.port", "0");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GraceApplication.class)
                .initializers(ctx -> ctx.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("end-to-end-environment", all)))
                .run();
        return new GraceInstance(context);
    }

    static String asJdbcUrlWithCredentials(DatabaseUrl database) {
        StringBuilder url = new StringBuilder(database.jdbcUrl());
        char separator = database.jdbcUrl().contains("?") ? '&' : '?';
        if (database.user() != null) {
            url.append(separator).append("user=").append(URLEncoder.encode(database.user(), StandardCharsets.UTF_8));
            separator = '&';
        }
        if (database.password() != null) {
            url.append(separator).append("password=")
                    .append(URLEncoder.encode(database.password(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    /** POSTs {@code body} to /webhooks signed with the seed scheme (timestamp + body, hex HMAC-SHA256). */
    HttpResponse<String> deliver(String body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return send(HttpRequest.newBuilder(base.resolve("/webhooks"))
                .header("Content-Type", "application/json")
                .header("X-Timestamp", timestamp)
                .header("X-Signature", sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    static String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + base + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
