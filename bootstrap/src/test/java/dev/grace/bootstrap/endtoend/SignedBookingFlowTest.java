package dev.grace.bootstrap.endtoend;

import dev.grace.application.testing.AllAtOnce;
import static dev.grace.bootstrap.endtoend.Hotel.booking;
import static dev.grace.bootstrap.endtoend.Hotel.cancellation;
import static dev.grace.bootstrap.endtoend.Hotel.rates;
import static dev.grace.bootstrap.endtoend.Hotel.roomType;
import static dev.grace.bootstrap.endtoend.Hotel.todayUtc;
import static dev.grace.bootstrap.endtoend.Hotel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * The whole chain, from a signed HTTP request to PostgreSQL rows and back, in production mode: the service
 * started as the jar starts, a real database, real HTTP.
 */
class SignedBookingFlowTest {
    private static TestDatabase database;
    private static GraceInstance grace;

    @BeforeAll
    static void startGrace() {
        database = TestDatabases.create();
        grace = GraceInstance.start(database.url());
    }

    @AfterAll
    static void stopGrace() {
        if (grace != null) {
            grace.close();
        }
        database.close();
    }

    /** Creates a room type with rates on the next 20 nights at 100.00 EUR; returns its code. */
    private static String roomTypeWithRates(int rooms) {
        String code = unique("T");
        assertThat(grace.deliver(roomType(code, 2, rooms)).statusCode()).isEqualTo(200);
        HttpResponse<String> rates = grace.deliver(rates(code, todayUtc(), todayUtc().plusDays(20), "100.00"));
        assertThat(rates.statusCode()).as(rates.body()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(rates.body(), "$.nights_updated")).isEqualTo(20);
        return code;
    }

    private static int available(String code, LocalDate checkIn, LocalDate checkOut) {
        HttpResponse<String> quote = grace.get("/rates?check_in=" + checkIn + "&check_out=" + checkOut
                + "&guests=2&room_type=" + code);
        assertThat(quote.statusCode()).as(quote.body()).isEqualTo(200);
        List<Integer> available = JsonPath.read(quote.body(), "$.quotes[*].available");
        assertThat(available).hasSize(1);
        return available.get(0);
    }

    @Test
    void healthReportsTheDatabaseAndThePoolFromHttpToPostgres() {
        HttpResponse<String> health = grace.get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        String body = health.body();
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(body, "$.database.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(body, "$.database.server_version")).matches("\\d+(\\.\\d+)?.*");
        assertThat((Integer) JsonPath.read(body, "$.database.max_connections")).isPositive();
        assertThat((String) JsonPath.read(body, "$.pool.type")).isEqualTo("HikariCP");
        assertThat((Integer) JsonPath.read(body, "$.pool.size")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(body, "$.pool.max_overflow")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$.pool.max")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(body, "$.pool.timeout_s")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(body, "$.pool.total")).isBetween(1, 5);
        assertThat(body).doesNotContain("\"mode\"").doesNotContain(GraceInstance.SECRET);
    }

    @Test
    void aQuoteBookingAndCancellationMoveTheRoomsAndReplayByteForByte() {
        String code = roomTypeWithRates(2);
        LocalDate checkIn = todayUtc().plusDays(3);
        LocalDate checkOut = checkIn.plusDays(3);
        assertThat(available(code, checkIn, checkOut)).isEqualTo(2);

        String reference = unique("REF-");
        String bookingEvent = booking(unique("evt-"), reference, code, checkIn, checkOut);
        HttpResponse<String> booked = grace.deliver(bookingEvent);

        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat((String) JsonPath.read(booked.body(), "$.status")).isEqualTo("confirmed");
        assertThat((String) JsonPath.read(booked.body(), "$.total")).isEqualTo("300.00");
        assertThat((Integer) JsonPath.read(booked.body(), "$.nights")).isEqualTo(3);
        assertThat(available(code, checkIn, checkOut)).isEqualTo(1);
        assertThat(available(code, checkOut, checkOut.plusDays(1))).as("the check-out night is free").isEqualTo(2);

        HttpResponse<String> replay = grace.deliver(bookingEvent);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(booked.body());
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(available(code, checkIn, checkOut)).as("a replay books nothing").isEqualTo(1);

        String cancelId = unique("evt-");
        HttpResponse<String> cancelled = grace.deliver(cancellation(cancelId, reference));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(cancelled.body(), "$.status")).isEqualTo("cancelled");
        assertThat((String) JsonPath.read(cancelled.body(), "$.created_at"))
                .as("the booking reads back from PostgreSQL as it was answered")
                .isEqualTo(JsonPath.read(booked.body(), "$.created_at"))
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(available(code, checkIn, checkOut)).isEqualTo(2);

        HttpResponse<String> cancelledAgain = grace.deliver(cancellation(unique("evt-"), reference));
        assertThat(cancelledAgain.statusCode()).isEqualTo(200);
        assertThat(available(code, checkIn, checkOut)).as("rooms are given back once").isEqualTo(2);

        HttpResponse<String> reused = grace.deliver(cancellation(cancelId, unique("OTHER-")));
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat((String) JsonPath.read(reused.body(), "$.code")).isEqualTo("event_id_reuse");
    }

    @Test
    void fortyConcurrentDeliveriesOfOneEventBookOneRoom() throws Exception {
        String code = roomTypeWithRates(5);
        LocalDate checkIn = todayUtc().plusDays(1);
        String event = booking(unique("evt-"), unique("REF-"), code, checkIn, checkIn.plusDays(2));

        List<HttpResponse<String>> answers = AllAtOnce.run(40, () -> grace.deliver(event));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.get(0).body());
        assertThat(answers.stream().filter(a -> a.headers().firstValue("Idempotent-Replayed").isPresent()))
                .hasSize(39);
        assertThat(available(code, checkIn, checkIn.plusDays(2))).isEqualTo(4);
    }

    @Test
    void concurrentBookingsNeverSellMoreRoomsThanThereAre() throws Exception {
        String code = roomTypeWithRates(3);
        LocalDate checkIn = todayUtc().plusDays(5);

        List<HttpResponse<String>> answers = AllAtOnce.run(12,
                () -> grace.deliver(booking(unique("evt-"), unique("REF-"), code, checkIn, checkIn.plusDays(3))));

        assertThat(answers.stream().filter(a -> a.statusCode() == 201)).hasSize(3);
        assertThat(answers.stream().filter(a -> a.statusCode() == 409))
                .hasSize(9)
                .allSatisfy(a -> assertThat((String) JsonPath.read(a.body(), "$.code")).isEqualTo("sold_out"));
        assertThat(available(code, checkIn, checkIn.plusDays(3))).isZero();
    }

    @Test
    void anotherInstanceOnTheSameDatabaseReplaysTheStoredOutcome() {
        String code = roomTypeWithRates(2);
        LocalDate checkIn = todayUtc().plusDays(2);
        String event = booking(unique("evt-"), unique("REF-"), code, checkIn, checkIn.plusDays(1));
        HttpResponse<String> first = grace.deliver(event);
        assertThat(first.statusCode()).isEqualTo(201);

        try (GraceInstance second = GraceInstance.start(database.url(), "DB_POOL_SIZE", "1", "DB_MAX_OVERFLOW", "1")) {
            HttpResponse<String> again = second.deliver(event);

            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        }
        assertThat(available(code, checkIn, checkIn.plusDays(1))).isEqualTo(1);
    }

    @Test
    void storedOutcomesArePurgedOnASchedule() {
        // A scheduled method's task names it as Class.method (Spring wraps the runnable, so ask the task).
        List<String> scheduled = grace.context().getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(task -> task.toString())
                .toList();

        assertThat(scheduled).contains("dev.grace.bootstrap.EventRetention.purgeExpiredEvents");
    }

    @Test
    void actuatorExposesHealthProbesInfoAndPrometheusOnly() {
        assertThat(grace.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(grace.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(grace.get("/actuator/info").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = grace.get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections");
        for (String hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
            HttpResponse<String> answer = grace.get(hidden);
            assertThat(answer.statusCode()).as(hidden).isEqualTo(404);
            assertThat(answer.body()).doesNotContain(GraceInstance.SECRET);
        }
    }

}
