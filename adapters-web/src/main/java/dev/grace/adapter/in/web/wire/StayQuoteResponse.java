package dev.grace.adapter.in.web.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /rates}: every room type that fits, cheapest first. */
@JsonPropertyOrder({"check_in", "check_out", "nights", "guests", "quotes"})
@Schema(name = "StayQuote")
public record StayQuoteResponse(
        @JsonProperty("check_in") LocalDate checkIn,
        @JsonProperty("check_out") LocalDate checkOut,
        @JsonProperty("nights") int nights,
        @JsonProperty("guests") int guests,
        @JsonProperty("quotes") List<RoomQuoteResponse> quotes) {
}
