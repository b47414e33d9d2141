package dev.grace.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** An exhausted pool is "try again shortly" (503 with Retry-After), never a hang or a 500; /health still answers. */
class DatabaseUnavailableTest {

    @Test
    void anExhaustedPoolAnswers503AndHealthStillAnswers() throws Exception {
        try (TestDatabase database = TestDatabases.create();
                GraceInstance grace = GraceInstance.start(database.url(),
                        "DB_POOL_SIZE", "1", "DB_MAX_OVERFLOW", "0", "DB_POOL_TIMEOUT", "1")) {
            DataSource pool = grace.context().getBean(DataSource.class);
            String quote = "/rates?check_in=" + Hotel.todayUtc().plusDays(1) + "&check_out=" + Hotel.todayUtc().plusDays(2);

            try (Connection held = pool.getConnection()) {
                HttpResponse<String> refused = grace.get(quote);

                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(refused.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat((String) JsonPath.read(refused.body(), "$.code")).isEqualTo("database_unavailable");
                assertThat(refused.body()).doesNotContain("SQL").doesNotContain("Hikari").doesNotContain("Exception");

                HttpResponse<String> health = grace.get("/health");
                assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
                assertThat((Integer) JsonPath.read(health.body(), "$.pool.active")).isEqualTo(1);
                assertThat((Integer) JsonPath.read(health.body(), "$.pool.max")).isEqualTo(1);
                assertThat(held.isValid(1)).isTrue();
            }

            assertThat(grace.get(quote).statusCode()).as("served again once a connection is free").isEqualTo(200);
        }
    }

    @Test
    void aDatabaseThatIsGoneIsDownOnHealthAnd503ForRequests() throws InterruptedException {
        TestDatabase database = TestDatabases.create();
        try (GraceInstance grace = GraceInstance.start(database.url(), "DB_POOL_SIZE", "1", "DB_MAX_OVERFLOW", "0",
                "DB_POOL_TIMEOUT", "2")) {
            assertThat(grace.get("/health").statusCode()).isEqualTo(200);

            database.close(); // drops the database and ends every connection to it, as an outage would

            // The probe is reused for up to a second (so /health cannot load the database): ask until it is fresh.
            HttpResponse<String> health = grace.get("/health");
            for (int attempt = 0; attempt < 20 && health.statusCode() == 200; attempt++) {
                Thread.sleep(250);
                health = grace.get("/health");
            }
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("DOWN");
            assertThat((String) JsonPath.read(health.body(), "$.database.status")).isEqualTo("DOWN");
            assertThat((String) JsonPath.read(health.body(), "$.pool.type")).isEqualTo("HikariCP");

            HttpResponse<String> quote = grace.get("/room-types");
            assertThat(quote.statusCode()).isEqualTo(503);
            assertThat(quote.headers().firstValue("Retry-After")).hasValue("1");
            assertThat((String) JsonPath.read(quote.body(), "$.code")).isEqualTo("database_unavailable");

            HttpResponse<String> event = grace.deliver(Hotel.roomType(Hotel.unique("D"), 2, 1));
            assertThat(event.statusCode()).isEqualTo(503);
            assertThat((String) JsonPath.read(event.body(), "$.code")).isEqualTo("database_unavailable");
        } finally {
            database.close();
        }
    }
}
