package dev.grace.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.application.port.in.DatabaseHealth;
import dev.grace.application.port.in.HealthReport;
import dev.grace.application.port.in.PoolStatus;
import java.net.http.HttpRequest;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Framework-level errors, request ids, health and the OpenAPI document, through real HTTP. */
class ErrorsAndOperationsHttpTest extends RunningServer {

    @Test
    void unknown_route_is_404_not_found_as_problem_json() {
        assertProblem(http.get("/no-such-thing"), 404, "not_found");
        assertProblem(http.get("/rates/extra"), 404, "not_found");
    }

    @Test
    void trace_is_refused_as_problem_json_without_echoing_the_request() {
        Http.Answer answer = http.raw("TRACE /rates HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Cookie: secret-session\r\n", new byte[0]);
        assertProblem(answer, 405, "method_not_allowed");
        assertThat(answer.text()).doesNotContain("secret-session");
        // Allow names what this path answers, as for any other refused method; not every method the servlet knows.
        assertThat(answer.header("Allow").orElseThrow()).doesNotContain("POST", "PUT", "DELETE").contains("GET");
        assertThat(answer.json().path("detail").asString()).doesNotContain("answer GET");

        Http.Answer webhooks = http.raw("TRACE /webhooks HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n",
                new byte[0]);
        assertProblem(webhooks, 405, "method_not_allowed");
        assertThat(webhooks.header("Allow").orElseThrow()).contains("POST").doesNotContain("GET", "PUT", "DELETE");

        assertProblem(http.raw("TRACE /no-such-thing HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n",
                new byte[0]), 404, "not_found");
    }

    @Test
    void a_form_body_that_cannot_be_decoded_is_never_a_500() {
        // Nothing here takes a form body, so its bytes must not matter: the path and method decide the answer.
        byte[] broken = "a=%ZZ&b=%C3%28".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
            Http.Answer rates = http.send(HttpRequest.newBuilder(http.uri("/rates"))
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(broken)),
                    "Content-Type", "application/x-www-form-urlencoded");
            assertProblem(rates, 405, "method_not_allowed");
            Http.Answer nowhere = http.send(HttpRequest.newBuilder(http.uri("/no-such-thing"))
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(broken)),
                    "Content-Type", "application/x-www-form-urlencoded");
            assertProblem(nowhere, 404, "not_found");
        }
    }

    @Test
    void a_multipart_body_that_cannot_be_parsed_is_never_a_500() {
        byte[] broken = "--b\r\nno headers and no end".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertProblem(http.post("/rates", broken, "Content-Type", "multipart/form-data; boundary=b"),
                405, "method_not_allowed");
        assertProblem(http.post("/no-such-thing", broken, "Content-Type", "multipart/form-data; boundary=b"),
                404, "not_found");
        assertProblem(http.post("/rates", broken, "Content-Type", "multipart/form-data"), 405, "method_not_allowed");
    }

    @Test
    void errors_the_container_answers_itself_are_problem_json_with_the_request_id() {
        // Tomcat refuses these before any filter runs; they are errors like any other.
        for (String target : new String[] {"/%", "/%00", "/..", "/rates%2Fx", "/rates%00?check_in=x"}) {
            Http.Answer answer = http.raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "X-Request-Id: caller-id-1\r\n", new byte[0]);
            assertProblem(answer, 400, "bad_request");
            assertThat(answer.header("X-Request-Id")).as(target).contains("caller-id-1");
            assertThat(answer.text()).doesNotContainIgnoringCase("tomcat").doesNotContain("<");
        }
        Http.Answer expectation = http.raw("POST /webhooks HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Expect: something-else\r\nContent-Length: 2\r\n", "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertProblem(expectation, 417, "bad_request");
        Http.Answer bareId = http.raw("GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n", new byte[0]);
        assertProblem(bareId, 400, "bad_request");
        Http.Answer connect = http.raw("CONNECT 127.0.0.1:1 HTTP/1.1\r\nHost: 127.0.0.1:1\r\nConnection: close\r\n",
                new byte[0]);
        assertProblem(connect, 501, "method_not_allowed");
    }

    @Test
    void the_error_path_itself_is_not_a_resource() {
        assertProblem(http.get("/error"), 404, "not_found");
    }

    @Test
    void undecodable_query_parameters_are_still_problem_json() {
        Http.Answer answer = http.raw("GET /rates?check_in=%ZZ&check_out=2026-12-04 HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n", new byte[0]);
        assertProblem(answer, 400, "invalid_parameter");
    }

    @Test
    void wrong_method_is_405_with_allow() {
        Http.Answer answer = http.send(HttpRequest.newBuilder(http.uri("/rates"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));
        assertProblem(answer, 405, "method_not_allowed");
        assertThat(answer.header("Allow").orElseThrow()).contains("GET");

        Http.Answer getWebhooks = http.get("/webhooks");
        assertProblem(getWebhooks, 405, "method_not_allowed");
        assertThat(getWebhooks.header("Allow").orElseThrow()).contains("POST");
    }

    @Test
    void unacceptable_accept_is_406_still_problem_json() {
        assertProblem(http.get("/room-types", "Accept", "text/html"), 406, "not_acceptable");
        assertProblem(http.get("/health", "Accept", "application/xml"), 406, "not_acceptable");
    }

    @Test
    void errors_are_problem_json_whatever_accept_says() {
        assertProblem(http.get("/nowhere", "Accept", "text/html"), 404, "not_found");
        assertProblem(http.get("/rates", "Accept", "text/html"), 406, "not_acceptable");
        assertProblem(http.get("/rates", "Accept", "application/json"), 400, "invalid_parameter");
    }

    @Test
    void a_bug_is_500_internal_error_without_internals() {
        faults.failWith(new IllegalStateException("SELECT secret FROM dev.grace.Internal"));
        Http.Answer answer = http.get("/room-types");
        assertProblem(answer, 500, "internal_error");
        assertThat(answer.text()).doesNotContain("SELECT", "IllegalStateException", "secret");
    }

    @Test
    void database_unavailable_is_503_with_retry_after() {
        faults.databaseDown();
        Http.Answer answer = http.get("/room-types");
        assertProblem(answer, 503, "database_unavailable");
        assertThat(answer.header("Retry-After")).contains("1");
    }

    @Test
    void database_unavailable_wrapped_in_another_exception_is_still_503() {
        faults.failWith(new RuntimeException("wrapper",
                new dev.grace.application.port.out.DatabaseUnavailableException("down", null)));
        assertProblem(http.get("/room-types"), 503, "database_unavailable");
    }

    @Test
    void caller_request_id_is_echoed_when_well_formed() {
        String id = "abc-123._:=+/@XYZ";
        Http.Answer ok = http.get("/room-types", "X-Request-Id", id);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("X-Request-Id")).contains(id);

        Http.Answer error = http.get("/nowhere", "X-Request-Id", id);
        assertProblem(error, 404, "not_found");
        assertThat(error.json().path("request_id").asString()).isEqualTo(id);
    }

    @Test
    void malformed_or_long_request_ids_are_replaced() {
        for (String bad : new String[] {"has space", "x".repeat(129), "semi;colon", "quote\"", "ümlaut"}) {
            Http.Answer answer = http.get("/nowhere", "X-Request-Id", bad);
            assertProblem(answer, 404, "not_found");
            assertThat(answer.header("X-Request-Id").orElseThrow()).isNotEqualTo(bad)
                    .matches("[A-Za-z0-9._:=+/@-]{1,128}");
        }
        Http.Answer longest = http.get("/nowhere", "X-Request-Id", "y".repeat(128));
        assertThat(longest.header("X-Request-Id")).contains("y".repeat(128));
    }

    @Test
    void every_answer_gets_a_fresh_request_id_without_one_from_the_caller() {
        String first = http.get("/room-types").header("X-Request-Id").orElseThrow();
        String second = http.get("/room-types").header("X-Request-Id").orElseThrow();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void health_up_is_200_with_the_contract_document() {
        clock.advance(java.time.Duration.ofSeconds(2)); // past the probe reuse window
        Http.Answer answer = http.get("/health");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        var json = answer.json();
        assertThat(json.has("mode")).isFalse();
        assertThat(json.path("status").asString()).isEqualTo("UP");
        assertThat(json.path("database").path("status").asString()).isEqualTo("UP");
        assertThat(json.path("database").path("latency_ms").asDouble()).isEqualTo(0.8);
        assertThat(json.path("database").path("server_version").asString()).isEqualTo("15.19");
        assertThat(json.path("database").path("max_connections").asInt()).isEqualTo(100);
        assertThat(json.path("database").path("connections_in_use").asInt()).isEqualTo(12);
        var pool = json.path("pool");
        assertThat(pool.path("type").asString()).isEqualTo("HikariCP");
        assertThat(pool.path("serverless").asBoolean()).isFalse();
        assertThat(pool.path("size").asInt()).isEqualTo(20);
        assertThat(pool.path("max_overflow").asInt()).isEqualTo(10);
        assertThat(pool.path("max").asInt()).isEqualTo(30);
        assertThat(pool.path("active").asInt()).isEqualTo(2);
        assertThat(pool.path("idle").asInt()).isEqualTo(18);
        assertThat(pool.path("total").asInt()).isEqualTo(20);
        assertThat(pool.path("waiting").asInt()).isZero();
        assertThat(pool.path("overflow").asInt()).isZero();
        assertThat(pool.path("timeout_s").asInt()).isEqualTo(30);
        assertThat(pool.path("recycle_s").asInt()).isEqualTo(3600);
        assertThat(pool.path("pre_ping").asBoolean()).isTrue();
        assertThat(answer.text()).startsWith("{\"status\":\"UP\",\"database\":{\"status\":\"UP\",\"latency_ms\":0.8,");
    }

    @Test
    void health_down_is_503_with_the_same_document_not_a_problem() {
        services.databaseHealth().setUp(false);
        clock.advance(java.time.Duration.ofSeconds(2));
        Http.Answer answer = http.get("/health");
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/json");
        var json = answer.json();
        assertThat(json.path("status").asString()).isEqualTo("DOWN");
        assertThat(json.path("database").path("status").asString()).isEqualTo("DOWN");
        assertThat(json.path("database").has("server_version")).isFalse();
        assertThat(json.has("code")).isFalse();
        assertThat(json.path("pool").path("type").asString()).isEqualTo("HikariCP");
    }

    @Test
    void health_in_development_and_serverless_mode() {
        PoolStatus serverless = new PoolStatus("none", true, 20, 10, 30, OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), 30, 3600, true);
        DatabaseHealth up = new DatabaseHealth(true, 1.234, Optional.of("15.19"), OptionalInt.of(100), OptionalInt.of(1));
        faults.healthFrom(() -> new HealthReport(true, true, up, serverless));
        Http.Answer answer = http.get("/health");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).startsWith("{\"mode\":\"development\",\"status\":\"UP\"");
        var pool = answer.json().path("pool");
        assertThat(pool.path("type").asString()).isEqualTo("none");
        assertThat(pool.path("serverless").asBoolean()).isTrue();
        for (String counter : new String[] {"active", "idle", "total", "waiting", "overflow"}) {
            assertThat(pool.has(counter)).as(counter).isFalse();
        }
        assertThat(answer.json().path("database").path("latency_ms").asDouble()).isEqualTo(1.23);
    }

    @Test
    void openapi_describes_every_endpoint_both_schemes_and_the_error_codes() throws java.io.IOException {
        Http.Answer answer = http.get("/v3/api-docs");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        // kept beside the build for reviewers and client generators
        java.nio.file.Files.write(java.nio.file.Path.of("target", "openapi.json"), answer.body());
        var doc = answer.json();
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        var paths = doc.path("paths");
        assertThat(paths.path("/rates").has("get")).isTrue();
        assertThat(paths.path("/room-types").has("get")).isTrue();
        assertThat(paths.path("/webhooks").has("post")).isTrue();
        assertThat(paths.path("/health").has("get")).isTrue();
        assertThat(paths.has("/error")).isFalse();
        var schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("seedSignature").path("name").asString()).isEqualTo("X-Signature");
        assertThat(schemes.path("standardWebhooksSignature").path("name").asString()).isEqualTo("webhook-signature");
        String text = answer.text();
        for (String code : new String[] {"invalid_parameter", "malformed_json", "invalid_event", "missing_signature",
                "invalid_timestamp", "timestamp_out_of_tolerance", "invalid_signature", "not_found",
                "method_not_allowed", "not_acceptable", "payload_too_large", "unsupported_media_type",
                "event_id_reuse", "duplicate_reference", "sold_out", "inventory_below_bookings", "unknown_room_type",
                "unknown_booking", "check_in_in_past", "check_out_not_after_check_in", "stay_too_long",
                "check_in_too_far", "invalid_guests", "invalid_reference", "invalid_guest_details", "no_rate",
                "invalid_room_type", "invalid_rate", "rates_in_past", "internal_error", "database_unavailable"}) {
            assertThat(text).as(code).contains(code);
        }
        assertThat(paths.path("/rates").path("get").path("responses").has("422")).isTrue();
        assertThat(paths.path("/webhooks").path("post").path("responses").has("401")).isTrue();
        assertThat(paths.path("/webhooks").path("post").path("responses").has("413")).isTrue();
    }

    @Test
    void swagger_ui_is_served() {
        Http.Answer answer = http.get("/swagger-ui/index.html");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.text()).containsIgnoringCase("swagger");
    }
}
