package dev.grace.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.application.fake.InMemoryServices;
import dev.grace.application.fake.SettableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One shared server on a random port for every HTTP test class (same configuration, so one cached context). */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "server.address=127.0.0.1",
            "logging.pattern.level=%5p [rid=%X{request_id:-}] [eid=%X{event_id:-}]"})
abstract class RunningServer {
    @LocalServerPort
    int port;
    @Autowired
    SettableClock clock;
    @Autowired
    InMemoryServices services;
    @Autowired
    WebTestApplication.Faults faults;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
        clock.set(Instant.now());
        faults.reset();
        services.databaseHealth().setUp(true);
    }

    @AfterEach
    void resetFaults() {
        faults.reset();
    }

    /** Delivers an event signed with the seed scheme and the current test clock; expects a 2xx. */
    Http.Answer deliverOk(String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String ts = Long.toString(clock.instant().getEpochSecond());
        Http.Answer answer = http.post("/webhooks", bytes, "Content-Type", "application/json", "X-Timestamp", ts,
                "X-Signature", Signing.seed(WebTestApplication.SECRET, ts, bytes));
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
        return answer;
    }

    /** Every error answer: problem+json with the contract's members and the response's own request id. */
    static void assertProblem(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        var json = answer.json();
        assertThat(json.path("code").asString()).as(answer.toString()).isEqualTo(code);
        assertThat(json.path("status").asInt()).isEqualTo(status);
        assertThat(json.path("type").asString()).isEqualTo("about:blank");
        assertThat(json.path("title").asString()).isNotBlank();
        assertThat(json.path("detail").asString()).isNotBlank();
        assertThat(answer.header("X-Request-Id")).isPresent();
        assertThat(json.path("request_id").asString()).isEqualTo(answer.header("X-Request-Id").orElseThrow());
        assertThat(answer.text()).doesNotContain("Exception", "dev.grace", "at org.", "java.");
    }
}
