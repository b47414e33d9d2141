package dev.grace.adapter.in.web.rates;

import dev.grace.adapter.in.web.openapi.ApiDocs;
import dev.grace.adapter.in.web.problem.ProblemDocument;
import dev.grace.adapter.in.web.wire.RoomTypeResponse;
import dev.grace.adapter.in.web.wire.StayQuoteResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;

/** The OpenAPI description of the read side, kept apart from the controller's code. */
@Tag(name = "rates", description = "Public, read-only: prices and room types")
public interface RatesApi {

    @Operation(operationId = "quoteStay", summary = "Quote a stay",
            description = "Lists every room type with max_guests >= guests and a rate on every night of the stay, "
                    + "ordered by total, then code. `available` is the fewest rooms left on any night (0 = sold out, "
                    + "still listed). No match (also an unknown but well-formed room_type) gives `quotes: []`. "
                    + "Unknown parameters are ignored.")
    @Parameters({
        @Parameter(name = "check_in", in = ParameterIn.QUERY, required = true,
                schema = @Schema(type = "string", format = "date", example = "2026-12-01")),
        @Parameter(name = "check_out", in = ParameterIn.QUERY, required = true,
                schema = @Schema(type = "string", format = "date", example = "2026-12-04")),
        @Parameter(name = "guests", in = ParameterIn.QUERY,
                schema = @Schema(type = "integer", defaultValue = "1", minimum = "1", maximum = "20")),
        @Parameter(name = "room_type", in = ParameterIn.QUERY, description = "optional filter: a room type code",
                schema = @Schema(type = "string", pattern = "^[A-Z0-9_-]{1,16}$", example = "DBL"))
    })
    @ApiResponse(responseCode = "200", description = "The quotes",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StayQuoteResponse.class)))
    @ApiResponse(responseCode = "400", description = ApiDocs.INVALID_PARAMETER,
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    @ApiResponse(responseCode = "422", description = ApiDocs.STAY_RULES,
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDocument.class)))
    ResponseEntity<byte[]> quote(@Parameter(hidden = true) HttpServletRequest request);

    @Operation(operationId = "listRoomTypes", summary = "List room types, ordered by code")
    @ApiResponse(responseCode = "200", description = "Every room type",
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = RoomTypeResponse.class))))
    ResponseEntity<byte[]> roomTypes();
}
