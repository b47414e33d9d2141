package dev.grace.adapter.in.web.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/** The pool's settings and live counters; in serverless mode the type is {@code none} and the counters are absent. */
@JsonPropertyOrder({"type", "serverless", "size", "max_overflow", "max", "active", "idle", "total", "waiting",
        "overflow", "timeout_s", "recycle_s", "pre_ping"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PoolStatus")
public record PoolStatusResponse(
        @JsonProperty("type") @Schema(example = "HikariCP") String type,
        @JsonProperty("serverless") boolean serverless,
        @JsonProperty("size") int size,
        @JsonProperty("max_overflow") int maxOverflow,
        @JsonProperty("max") int max,
        @JsonProperty("active") Integer active,
        @JsonProperty("idle") Integer idle,
        @JsonProperty("total") Integer total,
        @JsonProperty("waiting") Integer waiting,
        @JsonProperty("overflow") Integer overflow,
        @JsonProperty("timeout_s") long timeoutSeconds,
        @JsonProperty("recycle_s") long recycleSeconds,
        @JsonProperty("pre_ping") boolean prePing) {
}
