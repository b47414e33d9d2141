package dev.grace.adapter.in.web.health;

import dev.grace.adapter.in.web.wire.HealthResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;

@Tag(name = "operations", description = "Health for operators and load balancers")
public interface HealthApi {

    @Operation(operationId = "health", summary = "Database and connection pool health",
            description = "200 when the database answers, else 503 with the same document and status DOWN (the one "
                    + "answer that is not problem+json). Answers within 3 s; the database probe is reused for up to "
                    + "1 s. `mode: development` appears at the top in development mode; in serverless mode the pool "
                    + "type is `none` and the counters are absent.")
    @ApiResponse(responseCode = "200", description = "The database answers",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthResponse.class)))
    @ApiResponse(responseCode = "503", description = "The database does not answer (status DOWN)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthResponse.class)))
    ResponseEntity<byte[]> health();
}
