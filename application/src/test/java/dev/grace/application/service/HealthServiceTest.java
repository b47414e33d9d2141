package dev.grace.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.grace.application.fake.FakeDatabaseHealth;
import dev.grace.application.fake.SettableClock;
import dev.grace.application.port.in.HealthReport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HealthServiceTest {
    private final SettableClock clock = SettableClock.at("2026-11-27T10:00:00Z");
    private final FakeDatabaseHealth database = new FakeDatabaseHealth();
    private final HealthService health = new HealthService(database, clock, false);

    @Test
    void upExactlyWhenTheDatabaseAnswers() {
        HealthReport report = health.checkHealth();
        assertThat(report.up()).isTrue();
        assertThat(report.database().up()).isTrue();
        assertThat(report.database().serverVersion()).contains("15.19");
        assertThat(report.pool()).isEqualTo(database.poolStatus());
        assertThat(report.developmentMode()).isFalse();

        database.setUp(false);
        clock.advance(Duration.ofSeconds(1));
        HealthReport down = health.checkHealth();
        assertThat(down.up()).isFalse();
        assertThat(down.database().up()).isFalse();
    }

    @Test
    void theProbeIsReusedForUnderASecond() {
        health.checkHealth();
        clock.advance(Duration.ofMillis(999));
        for (int i = 0; i < 50; i++) {
            health.checkHealth();
        }
        assertThat(database.probes()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        health.checkHealth();
        assertThat(database.probes()).isEqualTo(2);
    }

    @Test
    void aReusedProbeIsStillReportedAsItWas() {
        health.checkHealth();
        database.setUp(false);
        assertThat(health.checkHealth().up()).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(health.checkHealth().up()).isFalse();
    }

    @Test
    void aClockThatStepsBackDoesNotFreezeTheProbe() {
        health.checkHealth();
        clock.advance(Duration.ofSeconds(-10));
        health.checkHealth();
        assertThat(database.probes()).isEqualTo(2);
    }

    @Test
    void developmentModeIsReported() {
        assertThat(new HealthService(database, clock, true).checkHealth().developmentMode()).isTrue();
    }
}
