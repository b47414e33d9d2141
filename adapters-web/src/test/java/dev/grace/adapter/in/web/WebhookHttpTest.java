package dev.grace.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.domain.RoomTypeCode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code POST /webhooks} through real HTTP: every check in the contract's order, every event type, idempotency. */
@ExtendWith(OutputCaptureExtension.class)
class WebhookHttpTest extends RunningServer {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static String newId(String prefix) {
        return prefix + "_" + SEQUENCE.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String newCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private String now() {
        return Long.toString(clock.instant().getEpochSecond());
    }

    private Http.Answer deliver(String body, String... extraHeaders) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = now();
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json", "X-Timestamp", ts,
                "X-Signature", Signing.seed(WebTestApplication.SECRET, ts, bytes)));
        headers.addAll(List.of(extraHeaders));
        return http.post("/webhooks", bytes, headers.toArray(String[]::new));
    }

    private Http.Answer deliverSigned(byte[] body, String ts, String signature, String... extraHeaders) {
        List<String> headers = new ArrayList<>(List.of("X-Timestamp", ts, "X-Signature", signature));
        headers.addAll(List.of(extraHeaders));
        if (!headers.contains("Content-Type")) {
            headers.addAll(List.of("Content-Type", "application/json"));
        }
        return http.post("/webhooks", body, headers.toArray(String[]::new));
    }

    private Http.Answer deliverStandard(String webhookId, String body, byte[] key) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = now();
        return http.post("/webhooks", bytes, "Content-Type", "application/json", "webhook-id", webhookId,
                "webhook-timestamp", ts, "webhook-signature", Signing.standard(key, webhookId, ts, bytes));
    }

    private static String event(String id, String type, String data) {
        return "{\"event_id\":\"" + id + "\",\"type\":\"" + type + "\",\"data\":" + data + "}";
    }

    private static String roomType(String id, String code, int maxGuests, int rooms) {
        return event(id, "room_type.upserted", "{\"code\":\"" + code + "\",\"name\":\"Double room\",\"max_guests\":"
                + maxGuests + ",\"rooms\":" + rooms + "}");
    }

    private String rates(String id, String code, LocalDate from, LocalDate to, String price) {
        return event(id, "rates.updated", "{\"room_type\":\"" + code + "\",\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"price\":" + price + ",\"currency\":\"EUR\"}");
    }

    private static String booking(String id, String reference, String code, LocalDate in, LocalDate out, int guests) {
        return event(id, "booking.created", "{\"reference\":\"" + reference + "\",\"room_type\":\"" + code
                + "\",\"check_in\":\"" + in + "\",\"check_out\":\"" + out + "\",\"guests\":" + guests
                + ",\"guest\":{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}}");
    }

    /** A room type with a price on every night of the next 60 days. */
    private String pricedRoomType(int rooms) {
        String code = newCode();
        assertThat(deliver(roomType(newId("rt"), code, 2, rooms)).status()).isEqualTo(200);
        assertThat(deliver(rates(newId("rate"), code, today(), today().plusDays(60), "\"120.00\"")).status())
                .isEqualTo(200);
        return code;
    }

    // ------------------------------------------------------------------ event types

    @Test
    void room_type_upserted_answers_the_room_type_on_create_and_update() {
        String code = newCode();
        Http.Answer created = deliver(roomType(newId("e"), code, 2, 10));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.contentType()).isEqualTo("application/json");
        assertThat(created.text()).isEqualTo("{\"code\":\"" + code + "\",\"name\":\"Double room\",\"max_guests\":2,\"rooms\":10}");
        Http.Answer updated = deliver(roomType(newId("e"), code, 3, 12));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("rooms").asInt()).isEqualTo(12);
        assertThat(http.get("/room-types").text()).contains("{\"code\":\"" + code + "\",\"name\":\"Double room\",\"max_guests\":3,\"rooms\":12}");
    }

    @Test
    void room_type_rule_violations_are_422_and_malformed_code_too() {
        assertProblem(deliver(roomType(newId("e"), newCode(), 21, 10)), 422, "invalid_room_type");
        assertProblem(deliver(roomType(newId("e"), "lower", 2, 10)), 422, "invalid_room_type");
        assertProblem(deliver(roomType(newId("e"), newCode(), 2, 10_001)), 422, "invalid_room_type");
    }

    @Test
    void rates_updated_answers_nights_updated_and_reads_the_price_exactly() {
        String code = newCode();
        deliver(roomType(newId("e"), code, 2, 5));
        LocalDate from = today().plusDays(1);
        Http.Answer answer = deliver(rates(newId("e"), code, from, from.plusDays(3), "120.5"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("{\"room_type\":\"" + code + "\",\"from\":\"" + from + "\",\"to\":\""
                + from.plusDays(3) + "\",\"nights_updated\":3}");
        Http.Answer quote = http.get("/rates?check_in=" + from + "&check_out=" + from.plusDays(3) + "&room_type=" + code);
        assertThat(quote.json().path("quotes").get(0).path("total").asString()).isEqualTo("361.50");
        assertThat(quote.json().path("quotes").get(0).path("nightly").get(0).path("price").asString()).isEqualTo("120.50");

        // a double would round this to 0.3: read exactly it has too many decimals
        assertProblem(deliver(rates(newId("e"), code, from, from.plusDays(1), "0.30000000000000004")), 422, "invalid_rate");
        assertProblem(deliver(rates(newId("e"), code, from, from.plusDays(1), "1e1000000000")), 422, "invalid_rate");
        assertProblem(deliver(rates(newId("e"), code, today().minusDays(1), from, "10")), 422, "rates_in_past");
        assertProblem(deliver(rates(newId("e"), newCode(), from, from.plusDays(1), "10")), 404, "unknown_room_type");
        Http.Answer wrongType = deliver(rates(newId("e"), code, from, from.plusDays(1), "\"1e2\""));
        assertProblem(wrongType, 400, "invalid_event");
        assertThat(wrongType.json().path("errors").get(0).path("field").asString()).isEqualTo("data.price");
    }

    @Test
    void booking_created_is_201_and_cancelled_is_200_and_again_200_unchanged() {
        String code = pricedRoomType(3);
        LocalDate in = today().plusDays(5);
        String reference = "REF-" + newCode();
        Http.Answer created = deliver(booking(newId("e"), reference, code, in, in.plusDays(3), 2));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var json = created.json();
        assertThat(json.path("reference").asString()).isEqualTo(reference);
        assertThat(json.path("status").asString()).isEqualTo("confirmed");
        assertThat(json.path("room_type").asString()).isEqualTo(code);
        assertThat(json.path("check_in").asString()).isEqualTo(in.toString());
        assertThat(json.path("nights").asInt()).isEqualTo(3);
        assertThat(json.path("guests").asInt()).isEqualTo(2);
        assertThat(json.path("guest").path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(json.path("currency").asString()).isEqualTo("EUR");
        assertThat(json.path("total").asString()).isEqualTo("360.00");
        assertThat(json.path("created_at").asString()).endsWith("Z");
        assertThat(json.has("cancelled_at")).isTrue();
        assertThat(json.path("cancelled_at").isNull()).isTrue();
        assertThat(created.text()).startsWith("{\"reference\":\"" + reference + "\",\"status\":\"confirmed\",\"room_type\"");
        assertThat(services.hotel().bookedOn(new RoomTypeCode(code), in)).isEqualTo(1);

        String cancel = event(newId("e"), "booking.cancelled", "{\"reference\":\"" + reference + "\"}");
        Http.Answer cancelled = deliver(cancel);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.json().path("cancelled_at").asString()).endsWith("Z");
        assertThat(services.hotel().bookedOn(new RoomTypeCode(code), in)).isZero();
        Http.Answer again = deliver(event(newId("e"), "booking.cancelled", "{\"reference\":\"" + reference + "\"}"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("cancelled_at")).isEqualTo(cancelled.json().path("cancelled_at"));
        assertProblem(deliver(event(newId("e"), "booking.cancelled", "{\"reference\":\"NOPE-" + newCode() + "\"}")),
                404, "unknown_booking");
    }

    @Test
    void booking_rules_in_order_404_422_409() {
        String code = pricedRoomType(1);
        LocalDate in = today().plusDays(3);
        assertProblem(deliver(booking(newId("e"), "R" + newCode(), newCode(), in, in.plusDays(1), 1)), 404, "unknown_room_type");
        assertProblem(deliver(booking(newId("e"), "R" + newCode(), "not a code", in, in.plusDays(1), 1)), 404, "unknown_room_type");
        Http.Answer past = deliver(booking(newId("e"), "R" + newCode(), code, today().minusDays(1), in, 1));
        assertProblem(past, 422, "check_in_in_past");
        assertThat(past.json().path("detail").asString()).contains(today().toString());
        assertProblem(deliver(booking(newId("e"), "R" + newCode(), code, in, in, 1)), 422, "check_out_not_after_check_in");
        assertProblem(deliver(booking(newId("e"), "bad ref!", code, in, in.plusDays(1), 1)), 422, "invalid_reference");
        Http.Answer guests = deliver(booking(newId("e"), "R" + newCode(), code, in, in.plusDays(1), 3));
        assertProblem(guests, 422, "invalid_guests");
        assertThat(guests.json().path("detail").asString()).contains("2");
        assertProblem(deliver(booking(newId("e"), "R" + newCode(), code, in, in.plusDays(90), 1)), 422, "stay_too_long");
        assertProblem(deliver(booking(newId("e"), "R" + newCode(), code, today().plusDays(100), today().plusDays(101), 1)),
                422, "no_rate");
        String reference = "R" + newCode();
        assertThat(deliver(booking(newId("e"), reference, code, in, in.plusDays(1), 1)).status()).isEqualTo(201);
        assertProblem(deliver(booking(newId("e"), reference, code, in.plusDays(2), in.plusDays(3), 1)), 409, "duplicate_reference");
        assertProblem(deliver(booking(newId("e"), "R" + newCode(), code, in, in.plusDays(1), 1)), 409, "sold_out");
        // inventory_below_bookings: the one room is booked
        assertProblem(deliver(roomType(newId("e"), code, 2, 0)), 409, "inventory_below_bookings");
    }

    @Test
    void validation_errors_list_every_broken_rule_with_the_first_as_code() {
        Http.Answer answer = deliver(booking(newId("e"), "bad ref!", pricedRoomType(1), today().minusDays(1),
                today().minusDays(2), 25));
        assertProblem(answer, 422, "check_in_in_past");
        assertThat(answer.json().path("errors").size()).isGreaterThan(1);
        assertThat(answer.json().path("errors").get(0).path("field").asString())
                .as("rule fields are paths in the event, like invalid_event's").isEqualTo("data.check_in");
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).contains("data.reference", "data.guests").allMatch(f -> f.startsWith("data."));
        assertThat(answer.json().path("errors").get(0).has("message")).isTrue();
    }

    // ------------------------------------------------------------------ idempotency

    @Test
    void the_same_event_twice_gets_the_same_status_and_body_marked_replayed() {
        String code = pricedRoomType(2);
        String body = booking(newId("e"), "R" + newCode(), code, today().plusDays(1), today().plusDays(2), 1);
        Http.Answer first = deliver(body);
        Http.Answer second = deliver(body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).contains("true");
        assertThat(second.header("X-Request-Id")).isNotEqualTo(first.header("X-Request-Id"));
        assertThat(services.hotel().bookedOn(new RoomTypeCode(code), today().plusDays(1))).isEqualTo(1);
    }

    @Test
    void stored_422_and_409_are_replayed_with_their_original_request_id() {
        String body = booking(newId("e"), "R" + newCode(), pricedRoomType(1), today().minusDays(1), today(), 1);
        Http.Answer first = deliver(body, "X-Request-Id", "first-delivery");
        assertProblem(first, 422, "check_in_in_past");
        Http.Answer second = deliver(body, "X-Request-Id", "second-delivery");
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.json().path("request_id").asString()).isEqualTo("first-delivery");
        assertThat(second.header("X-Request-Id")).contains("second-delivery");
        assertThat(second.header("Idempotent-Replayed")).contains("true");
    }

    @Test
    void a_404_is_not_stored_so_a_retry_after_the_room_type_arrives_succeeds() {
        String code = newCode();
        String body = booking(newId("e"), "R" + newCode(), code, today().plusDays(1), today().plusDays(2), 1);
        assertProblem(deliver(body), 404, "unknown_room_type");
        deliver(roomType(newId("e"), code, 2, 1));
        deliver(rates(newId("e"), code, today(), today().plusDays(5), "50"));
        Http.Answer retry = deliver(body);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void the_same_id_with_another_body_is_409_event_id_reuse() {
        String id = newId("e");
        assertThat(deliver(roomType(id, newCode(), 2, 1)).status()).isEqualTo(200);
        Http.Answer reuse = deliver(roomType(id, newCode(), 2, 2));
        assertProblem(reuse, 409, "event_id_reuse");
        assertThat(reuse.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void both_schemes_share_one_id_space() {
        String id = newId("shared");
        String body = roomType(id, newCode(), 2, 1);
        Http.Answer seed = deliver(body);
        Http.Answer standard = deliverStandard(id, body, Signing.key(WebTestApplication.SECOND_SECRET));
        assertThat(standard.status()).isEqualTo(200);
        assertThat(standard.body()).isEqualTo(seed.body());
        assertThat(standard.header("Idempotent-Replayed")).contains("true");
    }

    @Test
    void forty_concurrent_deliveries_of_one_event_have_one_effect() throws Exception {
        String code = pricedRoomType(50);
        LocalDate in = today().plusDays(7);
        String body = booking(newId("burst"), "R" + newCode(), code, in, in.plusDays(2), 1);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = now();
        String signature = Signing.seed(WebTestApplication.SECRET, ts, bytes);
        int deliveries = 40;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        try {
            List<Future<Http.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                Callable<Http.Answer> send = () -> {
                    start.await();
                    return new Http(port).post("/webhooks", bytes, "Content-Type", "application/json",
                            "X-Timestamp", ts, "X-Signature", signature);
                };
                answers.add(pool.submit(send));
            }
            start.countDown();
            List<Http.Answer> results = new ArrayList<>();
            for (Future<Http.Answer> answer : answers) {
                results.add(answer.get());
            }
            assertThat(results).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
            assertThat(results).allSatisfy(a -> assertThat(a.body()).isEqualTo(results.get(0).body()));
            assertThat(results.stream().filter(a -> a.header("Idempotent-Replayed").isEmpty())).hasSize(1);
            assertThat(services.hotel().bookedOn(new RoomTypeCode(code), in)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ signatures over HTTP

    @Test
    void missing_headers_are_401_missing_signature_and_nothing_is_touched() {
        String code = newCode();
        byte[] body = roomType(newId("e"), code, 2, 1).getBytes(StandardCharsets.UTF_8);
        assertProblem(http.post("/webhooks", body, "Content-Type", "application/json"), 401, "missing_signature");
        assertProblem(http.post("/webhooks", body, "Content-Type", "application/json", "X-Timestamp", now()),
                401, "missing_signature");
        assertProblem(http.post("/webhooks", body, "Content-Type", "application/json",
                "X-Signature", Signing.seed(WebTestApplication.SECRET, now(), body)), 401, "missing_signature");
        assertProblem(http.post("/webhooks", body, "Content-Type", "application/json", "webhook-id", "x"),
                401, "missing_signature");
        assertThat(http.get("/room-types").text()).doesNotContain(code);
    }

    @Test
    void tampered_body_and_wrong_secret_are_401_invalid_signature() {
        String code = newCode();
        byte[] body = roomType(newId("e"), code, 2, 1).getBytes(StandardCharsets.UTF_8);
        String ts = now();
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("\"rooms\":1", "\"rooms\":9")
                .getBytes(StandardCharsets.UTF_8);
        Http.Answer answer = deliverSigned(tampered, ts, Signing.seed(WebTestApplication.SECRET, ts, body));
        assertProblem(answer, 401, "invalid_signature");
        assertThat(answer.text()).doesNotContain(Signing.seed(WebTestApplication.SECRET, ts, tampered),
                WebTestApplication.SECRET);
        assertProblem(deliverSigned(body, ts, Signing.seed("not-the-configured-secret", ts, body)), 401, "invalid_signature");
        assertThat(http.get("/room-types").text()).doesNotContain(code);
    }

    @Test
    void rotated_secrets_upper_case_hex_and_sha256_prefix_are_accepted() {
        String ts = now();
        byte[] first = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        assertThat(deliverSigned(first, ts, "sha256=" + Signing.seed(WebTestApplication.SECRET, ts, first)
                .toUpperCase(Locale.ROOT)).status()).isEqualTo(200);
        byte[] second = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        assertThat(deliverSigned(second, ts, Signing.seed(Signing.key(WebTestApplication.SECOND_SECRET), ts, second))
                .status()).isEqualTo(200);
        String id = newId("sw");
        assertThat(deliverStandard(id, roomType(id, newCode(), 2, 1), Signing.key(WebTestApplication.SECOND_SECRET))
                .status()).isEqualTo(200);
    }

    @Test
    void timestamps_just_inside_and_outside_the_tolerance_in_both_directions() {
        Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        clock.set(now);
        long tolerance = WebTestApplication.TOLERANCE.getSeconds();
        for (long offset : new long[] {-tolerance, tolerance}) {
            byte[] body = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
            String ts = Long.toString(now.getEpochSecond() + offset);
            assertThat(deliverSigned(body, ts, Signing.seed(WebTestApplication.SECRET, ts, body)).status())
                    .as("offset %d", offset).isEqualTo(200);
        }
        for (long offset : new long[] {-tolerance - 1, tolerance + 1}) {
            byte[] body = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
            String ts = Long.toString(now.getEpochSecond() + offset);
            assertProblem(deliverSigned(body, ts, Signing.seed(WebTestApplication.SECRET, ts, body)),
                    401, "timestamp_out_of_tolerance");
        }
        byte[] body = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        String millis = Long.toString(now.toEpochMilli());
        assertProblem(deliverSigned(body, millis, Signing.seed(WebTestApplication.SECRET, millis, body)),
                401, "timestamp_out_of_tolerance");
        assertProblem(deliverSigned(body, "12.5", "00"), 401, "invalid_timestamp");
        assertProblem(deliverSigned(body, "1234567890123456789", "00"), 401, "invalid_timestamp");
    }

    @Test
    void header_names_are_case_insensitive() {
        byte[] body = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        String ts = now();
        Http.Answer seed = http.raw("POST /webhooks HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "content-TYPE: application/json\r\nx-timestamp: " + ts + "\r\nX-SIGNATURE: "
                + Signing.seed(WebTestApplication.SECRET, ts, body) + "\r\nContent-Length: " + body.length + "\r\n", body);
        assertThat(seed.status()).as(seed.toString()).isEqualTo(200);

        String id = newId("sw");
        byte[] standardBody = roomType(id, newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        Http.Answer standard = http.raw("POST /webhooks HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nWebhook-Id: " + id + "\r\nWEBHOOK-TIMESTAMP: " + ts
                + "\r\nwebhook-Signature: " + Signing.standard(Signing.key(WebTestApplication.SECRET), id, ts, standardBody)
                + "\r\nContent-Length: " + standardBody.length + "\r\n", standardBody);
        assertThat(standard.status()).as(standard.toString()).isEqualTo(200);
    }

    @Test
    void the_standard_webhooks_published_vector_is_accepted_over_http() {
        clock.set(Instant.ofEpochSecond(1614265330L));
        byte[] payload = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        Http.Answer answer = http.post("/webhooks", payload, "Content-Type", "application/json",
                "webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp", "1614265330",
                "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        // authenticated: it fails only later, on the envelope (no type, no data)
        assertProblem(answer, 400, "invalid_event");
        Http.Answer tampered = http.post("/webhooks", payload, "Content-Type", "application/json",
                "webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp", "1614265330",
                "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=");
        assertProblem(tampered, 401, "invalid_signature");
    }

    @Test
    void standard_webhooks_id_must_match_a_body_event_id() {
        String body = roomType("body-id", newCode(), 2, 1);
        Http.Answer answer = deliverStandard(newId("header-id"), body, Signing.key(WebTestApplication.SECRET));
        assertProblem(answer, 400, "invalid_event");
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("event_id");
        String noBodyId = "{\"type\":\"room_type.upserted\",\"data\":{\"code\":\"" + newCode()
                + "\",\"name\":\"n\",\"max_guests\":1,\"rooms\":1}}";
        assertThat(deliverStandard(newId("only-header"), noBodyId, Signing.key(WebTestApplication.SECRET)).status())
                .isEqualTo(200);
    }

    @Test
    void other_spellings_of_the_path_are_guarded_too() {
        byte[] body = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        Http.Answer encoded = http.raw("POST /webhook%73 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);
        assertThat(encoded.status()).as(encoded.toString()).isIn(401, 404);
        Http.Answer matrix = http.raw("POST /webhooks;x=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);
        assertThat(matrix.status()).as(matrix.toString()).isIn(401, 404);
    }

    // ------------------------------------------------------------------ body cap

    @Test
    void a_body_over_the_cap_is_413_before_the_signature_is_looked_at() {
        byte[] big = new byte[WebTestApplication.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertProblem(http.post("/webhooks", big, "Content-Type", "application/json"), 413, "payload_too_large");
        byte[] exact = new byte[WebTestApplication.MAX_BODY_BYTES];
        java.util.Arrays.fill(exact, (byte) ' ');
        assertProblem(http.post("/webhooks", exact, "Content-Type", "application/json"), 401, "missing_signature");
    }

    @Test
    void a_declared_length_over_the_cap_is_refused_without_reading_the_body() {
        // Claims far more than the cap and sends only a few bytes: the answer must come without waiting for the rest.
        Http.Answer answer = http.raw("POST /webhooks HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: 10000000\r\n", "{\"a\":".getBytes(StandardCharsets.US_ASCII));
        assertProblem(answer, 413, "payload_too_large");
    }

    @Test
    void a_declared_length_under_the_truth_frames_the_body_and_the_signature_then_fails() {
        // HTTP framing is the Content-Length: the server reads that many bytes and not one more.
        byte[] body = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        String ts = now();
        Http.Answer answer = http.raw("POST /webhooks HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nX-Timestamp: " + ts + "\r\nX-Signature: "
                + Signing.seed(WebTestApplication.SECRET, ts, body) + "\r\nContent-Length: 10\r\n", body);
        assertProblem(answer, 401, "invalid_signature");
    }

    @Test
    void a_chunked_body_is_capped_and_otherwise_read_whole() {
        byte[] filler = new byte[1000];
        java.util.Arrays.fill(filler, (byte) ' ');
        StringBuilder chunks = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            chunks.append("3e8\r\n").append(new String(filler, StandardCharsets.US_ASCII)).append("\r\n");
        }
        chunks.append("0\r\n\r\n");
        Http.Answer tooBig = http.raw("POST /webhooks HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                chunks.toString().getBytes(StandardCharsets.US_ASCII));
        assertProblem(tooBig, 413, "payload_too_large");

        byte[] body = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        String ts = now();
        int half = body.length / 2;
        String chunked = Integer.toHexString(half) + "\r\n" + new String(body, 0, half, StandardCharsets.UTF_8) + "\r\n"
                + Integer.toHexString(body.length - half) + "\r\n"
                + new String(body, half, body.length - half, StandardCharsets.UTF_8) + "\r\n0\r\n\r\n";
        Http.Answer ok = http.raw("POST /webhooks HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nX-Timestamp: " + ts
                + "\r\nX-Signature: " + Signing.seed(WebTestApplication.SECRET, ts, body) + "\r\n",
                chunked.getBytes(StandardCharsets.UTF_8));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ media type and JSON

    @Test
    void content_type_and_encoding_are_checked_after_the_signature() {
        byte[] body = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        String ts = now();
        String sig = Signing.seed(WebTestApplication.SECRET, ts, body);
        assertProblem(deliverSigned(body, ts, sig, "Content-Type", "text/plain"), 415, "unsupported_media_type");
        assertProblem(deliverSigned(body, ts, sig, "Content-Type", "application/json; charset=iso-8859-1"),
                415, "unsupported_media_type");
        assertProblem(deliverSigned(body, ts, sig, "Content-Type", "application/x-www-form-urlencoded"),
                415, "unsupported_media_type");
        assertProblem(deliverSigned(body, ts, sig, "Content-Type", "application/json", "Content-Encoding", "gzip"),
                415, "unsupported_media_type");
        assertProblem(http.post("/webhooks", body, "X-Timestamp", ts, "X-Signature", sig), 415, "unsupported_media_type");
        // unsigned with a wrong type: the signature decides first
        assertProblem(http.post("/webhooks", body, "Content-Type", "text/plain"), 401, "missing_signature");

        assertThat(deliverSigned(body, ts, sig, "Content-Type", "application/json; charset=UTF-8",
                "Content-Encoding", "identity").status()).isEqualTo(200);
        byte[] other = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        assertThat(deliverSigned(other, ts, Signing.seed(WebTestApplication.SECRET, ts, other),
                "Content-Type", "application/cloudevents+json").status()).isEqualTo(200);
    }

    @Test
    void a_signed_multipart_delivery_is_415_not_a_failure_to_parse_it() {
        // The signature filter has read the body already; nothing may try to parse it as multipart afterwards.
        byte[] body = ("--b\r\nContent-Disposition: form-data; name=\"event\"\r\n\r\n"
                + roomType(newId("e"), newCode(), 2, 1) + "\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
        String ts = now();
        String sig = Signing.seed(WebTestApplication.SECRET, ts, body);
        int before = faults.handledEvents();
        assertProblem(deliverSigned(body, ts, sig, "Content-Type", "multipart/form-data; boundary=b"),
                415, "unsupported_media_type");
        assertProblem(deliverSigned(body, ts, sig, "Content-Type", "multipart/mixed; boundary=b"),
                415, "unsupported_media_type");
        assertThat(faults.handledEvents()).isEqualTo(before);
    }

    @Test
    void malformed_json_and_duplicate_keys_are_400_malformed_json() {
        assertProblem(deliver("{\"event_id\":"), 400, "malformed_json");
        assertProblem(deliver("not json"), 400, "malformed_json");
        assertProblem(deliver(""), 400, "malformed_json");
        String code = newCode();
        assertProblem(deliver("{\"event_id\":\"" + newId("e") + "\",\"type\":\"room_type.upserted\",\"data\":{\"code\":\""
                + code + "\",\"code\":\"OTHER\",\"name\":\"n\",\"max_guests\":1,\"rooms\":1}}"), 400, "malformed_json");
        assertThat(http.get("/room-types").text()).doesNotContain(code);
    }

    @Test
    void unknown_type_and_wrong_field_types_are_400_invalid_event_with_fields() {
        Http.Answer unknown = deliver(event(newId("e"), "room.deleted", "{}"));
        assertProblem(unknown, 400, "invalid_event");
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("type");

        Http.Answer wrongTypes = deliver(event(newId("e"), "booking.created", "{\"reference\":\"R\",\"room_type\":\"DBL\","
                + "\"check_in\":20261201,\"check_out\":\"2026-12-04\",\"guests\":1.5,\"guest\":{\"name\":\"A\",\"email\":null}}"));
        assertProblem(wrongTypes, 400, "invalid_event");
        List<String> fields = new ArrayList<>();
        wrongTypes.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactly("data.check_in", "data.guests", "data.guest.email");

        assertProblem(deliver("{\"type\":\"booking.cancelled\",\"data\":{\"reference\":\"R\"}}"), 400, "invalid_event");
        assertProblem(deliver("[1,2]"), 400, "invalid_event");
    }

    @Test
    void a_5xx_is_not_stored_so_the_retry_runs_afresh() {
        String code = pricedRoomType(1);
        String body = booking(newId("e"), "R" + newCode(), code, today().plusDays(1), today().plusDays(2), 1);
        faults.databaseDown();
        Http.Answer unavailable = deliver(body);
        assertProblem(unavailable, 503, "database_unavailable");
        assertThat(unavailable.header("Retry-After")).contains("1");
        faults.reset();
        Http.Answer retry = deliver(body);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void logs_name_the_request_id_and_the_event_id(CapturedOutput output) {
        String id = newId("logged");
        deliver(roomType(id, newCode(), 2, 1), "X-Request-Id", "log-check-" + id);
        assertThat(output.getOut()).containsPattern("rid=log-check-" + id + "\\] \\[eid=" + id + "\\].*answered 200");
    }

    @Test
    void an_unparsable_content_type_is_415() {
        byte[] body = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        String ts = now();
        String sig = Signing.seed(WebTestApplication.SECRET, ts, body);
        for (String type : new String[] {"application/", "json", "application/json; charset=", "*/*",
                "application/*+json", "application/json; charset=utf-16"}) {
            assertProblem(deliverSigned(body, ts, sig, "Content-Type", type), 415, "unsupported_media_type");
        }
    }

    @Test
    void only_authenticated_well_formed_events_reach_the_use_case() {
        byte[] body = roomType(newId("e"), newCode(), 2, 1).getBytes(StandardCharsets.UTF_8);
        String ts = now();
        String sig = Signing.seed(WebTestApplication.SECRET, ts, body);
        byte[] big = new byte[WebTestApplication.MAX_BODY_BYTES + 1];
        int before = faults.handledEvents();
        assertProblem(http.post("/webhooks", big, "Content-Type", "application/json"), 413, "payload_too_large");
        assertProblem(http.post("/webhooks", body, "Content-Type", "application/json"), 401, "missing_signature");
        assertProblem(deliverSigned(body, "abc", sig), 401, "invalid_timestamp");
        assertProblem(deliverSigned(body, "1", sig), 401, "timestamp_out_of_tolerance");
        assertProblem(deliverSigned(body, ts, Signing.seed("wrong-secret-0123456789", ts, body)), 401, "invalid_signature");
        assertProblem(deliverSigned(body, ts, sig, "Content-Type", "text/plain"), 415, "unsupported_media_type");
        assertProblem(deliver("{"), 400, "malformed_json");
        assertProblem(deliver("{}"), 400, "invalid_event");
        assertThat(faults.handledEvents()).isEqualTo(before);
        assertThat(deliverSigned(body, ts, sig).status()).isEqualTo(200);
        assertThat(faults.handledEvents()).isEqualTo(before + 1);
    }

    @Test
    void the_answer_ignores_accept_on_webhooks() {
        Http.Answer answer = deliver(roomType(newId("e"), newCode(), 2, 1), "Accept", "text/html");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
    }

    @Test
    void unrelated_clock_moves_do_not_break_the_server() {
        clock.advance(Duration.ofDays(1));
        assertThat(deliver(roomType(newId("e"), newCode(), 2, 1)).status()).isEqualTo(200);
    }
}
