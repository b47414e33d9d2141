package dev.grace.adapter.in.web.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A booking as {@code booking.created} and {@code booking.cancelled} answer it; {@code cancelled_at} is always present. */
@JsonPropertyOrder({"reference", "status", "room_type", "check_in", "check_out", "nights", "guests", "guest",
        "currency", "total", "created_at", "cancelled_at"})
@Schema(name = "Booking")
public record BookingResponse(
        @JsonProperty("reference") String reference,
        @JsonProperty("status") @Schema(allowableValues = {"confirmed", "cancelled"}) String status,
        @JsonProperty("room_type") String roomType,
        @JsonProperty("check_in") LocalDate checkIn,
        @JsonProperty("check_out") LocalDate checkOut,
        @JsonProperty("nights") int nights,
        @JsonProperty("guests") int guests,
        @JsonProperty("guest") GuestResponse guest,
        @JsonProperty("currency") String currency,
        @JsonProperty("total") @Schema(example = "360.00") String total,
        @JsonProperty("created_at") @Schema(example = "2026-11-27T10:15:30Z") String createdAt,
        @JsonProperty("cancelled_at") @Schema(nullable = true) String cancelledAt) {
}
