package dev.grace.adapter.in.web.webhook;

import dev.grace.adapter.in.web.openapi.ApiDocs;
import dev.grace.adapter.in.web.problem.ProblemDocument;
import dev.grace.adapter.in.web.wire.BookingResponse;
import dev.grace.adapter.in.web.wire.RatesUpdatedResponse;
import dev.grace.adapter.in.web.wire.RoomTypeResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;

@Tag(name = "webhooks", description = "Every write, as a signed event")
public interface WebhookApi {

    @Operation(operationId = "receiveEvent", summary = "Deliver a signed event",
            description = ApiDocs.WEBHOOK_DESCRIPTION,
            security = {
                @SecurityRequirement(name = ApiDocs.SEED_SCHEME_SIGNATURE),
                @SecurityRequirement(name = ApiDocs.STANDARD_WEBHOOKS_SIGNATURE)
            },
            parameters = {
                @Parameter(name = "X-Timestamp", in = ParameterIn.HEADER,
                        description = "Seed scheme: Unix time in whole seconds", schema = @Schema(type = "string", pattern = "^[0-9]{1,18}$")),
                @Parameter(name = "X-Signature", in = ParameterIn.HEADER,
                        description = "Seed scheme: hex HMAC-SHA256 of X-Timestamp followed by the raw body; "
                                + "optional sha256= prefix", schema = @Schema(type = "string")),
                @Parameter(name = "webhook-id", in = ParameterIn.HEADER,
                        description = "Standard Webhooks: the event id", schema = @Schema(type = "string")),
                @Parameter(name = "webhook-timestamp", in = ParameterIn.HEADER,
                        description = "Standard Webhooks: Unix time in whole seconds", schema = @Schema(type = "string")),
                @Parameter(name = "webhook-signature", in = ParameterIn.HEADER,
                        description = "Standard Webhooks: space-separated v1,<base64> entries", schema = @Schema(type = "string"))
            })
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/Event"),
            examples = {
                @ExampleObject(name = "room_type.upserted", value = ApiDocs.EXAMPLE_ROOM_TYPE),
                @ExampleObject(name = "rates.updated", value = ApiDocs.EXAMPLE_RATES),
                @ExampleObject(name = "booking.created", value = ApiDocs.EXAMPLE_BOOKING),
                @ExampleObject(name = "booking.cancelled", value = ApiDocs.EXAMPLE_CANCEL)
            }))
    @ApiResponse(responseCode = "200", description = "room_type.upserted answers the room type; rates.updated "
            + "answers the nights updated; booking.cancelled answers the booking",
            headers = @Header(name = "Idempotent-Replayed", description = "true on a stored answer to a redelivery"),
            content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {
                RoomTypeResponse.class, RatesUpdatedResponse.class, BookingResponse.class})))
    @ApiResponse(responseCode = "201", description = "booking.created: the new booking",
            headers = @Header(name = "Idempotent-Replayed", description = "true on a stored answer to a redelivery"),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BookingResponse.class)))
    @ApiResponse(responseCode = "400", description = ApiDocs.WEBHOOK_400,
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @ApiResponse(responseCode = "401", description = ApiDocs.WEBHOOK_401,
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @ApiResponse(responseCode = "404", description = "`unknown_room_type`, `unknown_booking` (not stored: retry later)",
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @ApiResponse(responseCode = "409", description = ApiDocs.WEBHOOK_409,
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @ApiResponse(responseCode = "413", description = "`payload_too_large`: body above WEBHOOK_MAX_BODY_BYTES",
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @ApiResponse(responseCode = "415", description = "`unsupported_media_type`: Content-Type not application/json "
            + "or application/*+json, a charset other than UTF-8, or a Content-Encoding other than identity",
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @ApiResponse(responseCode = "422", description = ApiDocs.WEBHOOK_422,
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    ResponseEntity<byte[]> receive(@Parameter(hidden = true) HttpServletRequest request);
}
