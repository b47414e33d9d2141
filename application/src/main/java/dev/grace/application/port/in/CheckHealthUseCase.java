package dev.grace.application.port.in;

/** Report database and pool health; cheap to call often (the probe is reused for up to a second). */
public interface CheckHealthUseCase {
    HealthReport checkHealth();
}
