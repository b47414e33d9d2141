package dev.grace.adapter.in.web.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@JsonPropertyOrder({"date", "price"})
@Schema(name = "NightlyPrice")
public record NightlyPriceResponse(
        @JsonProperty("date") LocalDate date,
        @JsonProperty("price") @Schema(example = "120.00", pattern = "^[0-9]+\\.[0-9]{2}$") String price) {
}
