package dev.grace.adapter.in.web.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The answer to {@code rates.updated}: nights in [from, to) now carry the new price. */
@JsonPropertyOrder({"room_type", "from", "to", "nights_updated"})
@Schema(name = "RatesUpdated")
public record RatesUpdatedResponse(
        @JsonProperty("room_type") String roomType,
        @JsonProperty("from") LocalDate from,
        @JsonProperty("to") LocalDate to,
        @JsonProperty("nights_updated") int nightsUpdated) {
}
