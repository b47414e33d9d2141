package dev.grace.adapter.in.web.openapi;

import dev.grace.adapter.in.web.problem.ProblemDocument;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;

/** Builds the parts of the OpenAPI document that annotations cannot say: schemes, shared schemas, common errors. */
public final class OpenApiDescription {
    private OpenApiDescription() {
    }

    public static OpenAPI openApi() {
        Components components = new Components()
                .addSecuritySchemes(ApiDocs.SEED_SCHEME_SIGNATURE, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-Signature")
                        .description("Seed scheme: X-Signature = hex(HMAC-SHA256(secret, X-Timestamp + raw body)), "
                                + "upper or lower case, optional sha256= prefix; X-Timestamp = Unix seconds. "
                                + "See bin/sign-webhook and docs/examples/."))
                .addSecuritySchemes(ApiDocs.STANDARD_WEBHOOKS_SIGNATURE, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("webhook-signature")
                        .description("Standard Webhooks (standardwebhooks.com): webhook-signature = space-separated "
                                + "v1,base64(HMAC-SHA256(secret, webhook-id + \".\" + webhook-timestamp + \".\" + body)); "
                                + "webhook-id and webhook-timestamp required too. A whsec_ secret is base64 after the prefix."));
        ModelConverters.getInstance().read(ProblemDocument.class).forEach(components::addSchemas);
        components.addSchemas("Event", eventSchema());
        return new OpenAPI()
                .info(new Info().title("Grace").version("v1")
                        .description("Hotel rates and booking service. Every error is application/problem+json "
                                + "(RFC 9457) with a stable `code` and the `request_id`; every response carries "
                                + "X-Request-Id. Money is a decimal string with two fraction digits beside an "
                                + "ISO 4217 currency; dates are YYYY-MM-DD; instants are UTC with Z."))
                .components(components);
    }

    private static Schema<Object> eventSchema() {
        ObjectSchema event = new ObjectSchema();
        event.setDescription("The envelope of every event; unknown fields are ignored");
        event.addProperty("event_id", new StringSchema().minLength(1).maxLength(128).pattern("^[!-~]{1,128}$")
                .description("required for the seed scheme; under Standard Webhooks optional and equal to webhook-id"));
        event.addProperty("type", new StringSchema()._enum(List.of(
                "room_type.upserted", "rates.updated", "booking.created", "booking.cancelled")));
        ObjectSchema data = new ObjectSchema();
        data.setDescription("""
                room_type.upserted: code (1-16 of A-Z0-9_-), name (1-100), max_guests (1-20), rooms (0-10000).
                rates.updated: room_type, from, to (YYYY-MM-DD, [from, to)), price (a JSON number read exactly, \
                or a plain decimal string such as "120.5"; 0-99999999.99, at most 2 decimals), currency (ISO 4217).
                booking.created: reference (1-64 of A-Za-z0-9._-), room_type, check_in, check_out, guests, \
                guest {name (1-200), email}.
                booking.cancelled: reference.""");
        event.addProperty("data", data);
        event.setRequired(List.of("type", "data"));
        return event;
    }

    /** The errors any operation can answer, whatever its own annotations list. */
    public static OpenApiCustomizer commonErrors() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(OpenApiDescription::addCommon));
        };
    }

    private static void addCommon(Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            responses = new ApiResponses();
            operation.setResponses(responses);
        }
        Header requestId = new Header().description("The caller's X-Request-Id when it matches "
                + "[A-Za-z0-9._:=+/@-]{1,128}, else a new one; equal to the error body's request_id")
                .schema(new StringSchema());
        for (ApiResponse response : responses.values()) {
            response.addHeaderObject("X-Request-Id", requestId);
        }
        addIfAbsent(responses, "404", "`not_found`: no such path");
        addIfAbsent(responses, "405", "`method_not_allowed` (with Allow)");
        addIfAbsent(responses, "406", "`not_acceptable`: the Accept header excludes application/json");
        addIfAbsent(responses, "500", "`internal_error`: a bug; quote the request_id");
        ApiResponse unavailable = problem("`database_unavailable`: no connection within DB_POOL_TIMEOUT or the "
                + "database is down; retry after Retry-After seconds");
        unavailable.addHeaderObject("Retry-After", new Header().schema(new IntegerSchema()).description("1"));
        if (!responses.containsKey("503")) {
            responses.addApiResponse("503", unavailable);
        }
    }

    private static void addIfAbsent(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, problem(description));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(ApiDocs.PROBLEM,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
