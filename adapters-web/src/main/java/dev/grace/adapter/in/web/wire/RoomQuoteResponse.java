package dev.grace.adapter.in.web.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One room type's price for a stay; {@code available} is the fewest rooms left on any night. */
@JsonPropertyOrder({"room_type", "name", "max_guests", "available", "currency", "total", "nightly"})
@Schema(name = "RoomQuote")
public record RoomQuoteResponse(
        @JsonProperty("room_type") String roomType,
        @JsonProperty("name") String name,
        @JsonProperty("max_guests") int maxGuests,
        @JsonProperty("available") int available,
        @JsonProperty("currency") @Schema(example = "EUR") String currency,
        @JsonProperty("total") @Schema(example = "360.00", pattern = "^[0-9]+\\.[0-9]{2}$") String total,
        @JsonProperty("nightly") List<NightlyPriceResponse> nightly) {
}
