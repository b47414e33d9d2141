package dev.grace.adapter.in.web.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/** A room type as {@code GET /room-types} lists it and {@code room_type.upserted} answers it. */
@JsonPropertyOrder({"code", "name", "max_guests", "rooms"})
@Schema(name = "RoomType")
public record RoomTypeResponse(
        @JsonProperty("code") @Schema(example = "DBL") String code,
        @JsonProperty("name") @Schema(example = "Double room") String name,
        @JsonProperty("max_guests") int maxGuests,
        @JsonProperty("rooms") int rooms) {
}
