package dev.grace.adapter.in.web.health;

import dev.grace.adapter.in.web.wire.HealthWireMapper;
import dev.grace.adapter.in.web.wire.JsonResponses;
import dev.grace.application.port.in.CheckHealthUseCase;
import dev.grace.application.port.in.HealthReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /health}: the same document whether UP (200) or DOWN (503); never problem+json. */
@RestController
public final class HealthController implements HealthApi {
    private final CheckHealthUseCase checkHealth;
    private final HealthWireMapper mapper;
    private final JsonResponses responses;

    public HealthController(CheckHealthUseCase checkHealth, HealthWireMapper mapper, JsonResponses responses) {
        this.checkHealth = checkHealth;
        this.mapper = mapper;
        this.responses = responses;
    }

    @Override
    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> health() {
        HealthReport report = checkHealth.checkHealth();
        return responses.status(report.up() ? 200 : 503, mapper.toResponse(report));
    }
}
