package dev.grace.adapter.in.web.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the last database probe saw; the details are absent when the database did not answer. */
@JsonPropertyOrder({"status", "latency_ms", "server_version", "max_connections", "connections_in_use"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DatabaseHealth")
public record DatabaseStatusResponse(
        @JsonProperty("status") @Schema(allowableValues = {"UP", "DOWN"}) String status,
        @JsonProperty("latency_ms") double latencyMs,
        @JsonProperty("server_version") String serverVersion,
        @JsonProperty("max_connections") Integer maxConnections,
        @JsonProperty("connections_in_use") Integer connectionsInUse) {
}
