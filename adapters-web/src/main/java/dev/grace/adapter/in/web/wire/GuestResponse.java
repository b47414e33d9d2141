package dev.grace.adapter.in.web.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

@JsonPropertyOrder({"name", "email"})
@Schema(name = "Guest")
public record GuestResponse(@JsonProperty("name") String name, @JsonProperty("email") String email) {
}
