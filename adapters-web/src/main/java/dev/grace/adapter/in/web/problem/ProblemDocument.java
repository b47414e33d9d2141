package dev.grace.adapter.in.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The RFC 9457 body every error carries, in a fixed member order. */
@JsonPropertyOrder({"type", "title", "status", "detail", "code", "request_id", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record ProblemDocument(
        @JsonProperty("type") @Schema(example = "about:blank") String type,
        @JsonProperty("title") @Schema(example = "Unprocessable Content") String title,
        @JsonProperty("status") int status,
        @JsonProperty("detail") String detail,
        @JsonProperty("code") @Schema(allowableValues = {
                "invalid_parameter", "malformed_json", "invalid_event", "bad_request",
                "missing_signature", "invalid_timestamp", "timestamp_out_of_tolerance", "invalid_signature",
                "not_found", "unknown_room_type", "unknown_booking",
                "method_not_allowed", "not_acceptable",
                "duplicate_reference", "sold_out", "inventory_below_bookings", "event_id_reuse",
                "payload_too_large", "unsupported_media_type",
                "check_in_in_past", "check_out_not_after_check_in", "stay_too_long", "check_in_too_far",
                "invalid_reference", "invalid_guests", "invalid_guest_details", "no_rate",
                "invalid_room_type", "invalid_rate", "rates_in_past",
                "internal_error", "database_unavailable"}) String code,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("errors") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldProblem> errors) {
}
