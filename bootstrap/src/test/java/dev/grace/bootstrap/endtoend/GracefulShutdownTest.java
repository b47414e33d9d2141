package dev.grace.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Shutdown stops taking requests, lets the ones in flight finish, and only then closes the pool. The request
 * here is held in flight by taking the pool's only connection away from it until shutdown has begun.
 */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenShutdownBeginsStillGetsItsAnswer() throws Exception {
        try (TestDatabase database = TestDatabases.create()) {
            GraceInstance grace = GraceInstance.start(database.url(),
                    "DB_POOL_SIZE", "1", "DB_MAX_OVERFLOW", "0", "DB_POOL_TIMEOUT", "20");
            HikariDataSource pool = (HikariDataSource) grace.context().getBean(DataSource.class);
            CountDownLatch shutdownBegan = new CountDownLatch(1);
            grace.context().addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    shutdownBegan.countDown();
                }
            });

            CompletableFuture<HttpResponse<String>> inFlight;
            CompletableFuture<Void> shutdown;
            try (Connection held = pool.getConnection()) {
                inFlight = CompletableFuture.supplyAsync(() -> grace.get("/room-types"));
                for (int i = 0; i < 100 && pool.getHikariPoolMXBean().getThreadsAwaitingConnection() == 0; i++) {
                    Thread.sleep(50);
                }
                assertThat(pool.getHikariPoolMXBean().getThreadsAwaitingConnection())
                        .as("the request is in flight, waiting for the held connection").isEqualTo(1);

                shutdown = CompletableFuture.runAsync(grace::close);
                assertThat(shutdownBegan.await(10, TimeUnit.SECONDS)).as("shutdown began").isTrue();
                assertThat(pool.isClosed()).as("the pool stays open while a request is in flight").isFalse();
                assertThat(held.isValid(1)).isTrue();
            }

            HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            shutdown.get(30, TimeUnit.SECONDS);
            assertThat(pool.isClosed()).as("the pool is closed once the service has stopped").isTrue();
        }
    }
}
