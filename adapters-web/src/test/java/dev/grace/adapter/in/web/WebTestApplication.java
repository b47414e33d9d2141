package dev.grace.adapter.in.web;

import dev.grace.adapter.in.web.webhook.WebhookSettings;
import dev.grace.application.fake.InMemoryServices;
import dev.grace.application.fake.SettableClock;
import dev.grace.application.port.in.CheckHealthUseCase;
import dev.grace.application.port.in.HandleEventUseCase;
import dev.grace.application.port.in.ListRoomTypesUseCase;
import dev.grace.application.port.in.QuoteStayUseCase;
import dev.grace.application.port.out.DatabaseUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The web adapter over helper A's real services and in-memory fakes, the way the bootstrap wires it over
 * PostgreSQL. Two secrets are configured so rotation is exercised on every test.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WebAdapterConfiguration.class)
public class WebTestApplication {
    /** Plain secret (UTF-8 bytes). */
    public static final String SECRET = "grace-test-secret-0123456789";
    /** Rotated secret in whsec_ form: base64 of these bytes. */
    public static final byte[] SECOND_SECRET_BYTES = "second-secret-for-rotation-tests".getBytes(StandardCharsets.UTF_8);
    public static final String SECOND_SECRET = "whsec_" + Base64.getEncoder().encodeToString(SECOND_SECRET_BYTES);
    /** The Standard Webhooks project's published test secret, so its vector can be replayed over HTTP. */
    public static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public static final int MAX_BODY_BYTES = 4096;
    public static final Duration TOLERANCE = Duration.ofSeconds(300);

    @Bean
    SettableClock clock() {
        return new SettableClock(Instant.now());
    }

    @Bean
    InMemoryServices services(SettableClock clock) {
        return InMemoryServices.create(clock);
    }

    @Bean
    Faults faults() {
        return new Faults();
    }

    @Bean
    QuoteStayUseCase quoteStayUseCase(InMemoryServices services) {
        return services.quotes();
    }

    /** Room types can be made to fail, to see 500 and 503 answers through real HTTP. */
    @Bean
    ListRoomTypesUseCase listRoomTypesUseCase(InMemoryServices services, Faults faults) {
        return () -> {
            faults.raise();
            return services.roomTypes().listRoomTypes();
        };
    }

    /** Events can be made to fail before they run, to see that a 5xx is not stored. */
    @Bean
    HandleEventUseCase handleEventUseCase(InMemoryServices services, Faults faults) {
        return (event, renderer) -> {
            faults.handled.incrementAndGet();
            faults.raise();
            return services.events().handle(event, renderer);
        };
    }

    @Bean
    CheckHealthUseCase checkHealthUseCase(InMemoryServices services, Faults faults) {
        return () -> faults.health.get() != null ? faults.health.get().checkHealth() : services.health().checkHealth();
    }

    @Bean
    WebhookSettings webhookSettings() {
        return WebhookSettings.of(SECRET + "," + SECOND_SECRET + "," + VECTOR_SECRET, TOLERANCE.getSeconds(), MAX_BODY_BYTES);
    }

    /** Failures a test switches on; reset after each test. */
    public static final class Faults {
        final AtomicReference<RuntimeException> next = new AtomicReference<>();
        final AtomicReference<CheckHealthUseCase> health = new AtomicReference<>();
        /** How many deliveries reached the handle-event use case. */
        final java.util.concurrent.atomic.AtomicInteger handled = new java.util.concurrent.atomic.AtomicInteger();

        public int handledEvents() {
            return handled.get();
        }

        public void failWith(RuntimeException failure) {
            next.set(failure);
        }

        public void databaseDown() {
            failWith(new DatabaseUnavailableException("pool timeout", null));
        }

        public void healthFrom(CheckHealthUseCase useCase) {
            health.set(useCase);
        }

        public void reset() {
            next.set(null);
            health.set(null);
        }

        void raise() {
            RuntimeException failure = next.get();
            if (failure != null) {
                throw failure;
            }
        }
    }
}
