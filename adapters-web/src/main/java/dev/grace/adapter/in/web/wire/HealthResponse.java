package dev.grace.adapter.in.web.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /health}: the one answer that is not problem+json, also when DOWN. */
@JsonPropertyOrder({"mode", "status", "database", "pool"})
@Schema(name = "Health")
public record HealthResponse(
        @JsonProperty("mode") @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "present only in development mode", allowableValues = "development") String mode,
        @JsonProperty("status") @Schema(allowableValues = {"UP", "DOWN"}) String status,
        @JsonProperty("database") DatabaseStatusResponse database,
        @JsonProperty("pool") PoolStatusResponse pool) {
}
