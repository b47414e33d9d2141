package dev.grace.bootstrap.endtoend;

import static dev.grace.bootstrap.endtoend.Hotel.booking;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IS_SERVERLESS=true: no pool, a connection per request, and the same behaviour through HTTP. */
class ServerlessModeTest {

    @Test
    void withoutAPoolGraceQuotesAndBooksAndSaysSoOnHealth() {
        try (TestDatabase database = TestDatabases.create();
                GraceInstance grace = GraceInstance.start(database.url(), "IS_SERVERLESS", "yes")) {
            HttpResponse<String> health = grace.get("/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat((String) JsonPath.read(health.body(), "$.pool.type")).isEqualTo("none");
            assertThat((Boolean) JsonPath.read(health.body(), "$.pool.serverless")).isTrue();
            Map<String, Object> pool = JsonPath.read(health.body(), "$.pool");
            assertThat(pool).doesNotContainKeys("active", "idle", "total", "waiting", "overflow");

            String code = unique("S");
            assertThat(grace.deliver(roomType(code, 2, 1)).statusCode()).isEqualTo(200);
            assertThat(grace.deliver(rates(code, todayUtc(), todayUtc().plusDays(5), "80.5")).statusCode()).isEqualTo(200);
            LocalDate checkIn = todayUtc().plusDays(1);

            HttpResponse<String> booked = grace.deliver(booking(unique("evt-"), unique("R-"), code, checkIn, checkIn.plusDays(2)));
            HttpResponse<String> soldOut = grace.deliver(booking(unique("evt-"), unique("R-"), code, checkIn, checkIn.plusDays(1)));

            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
            assertThat((String) JsonPath.read(booked.body(), "$.total")).isEqualTo("161.00");
            assertThat(soldOut.statusCode()).isEqualTo(409);
            assertThat((String) JsonPath.read(soldOut.body(), "$.code")).isEqualTo("sold_out");
        }
    }
}
