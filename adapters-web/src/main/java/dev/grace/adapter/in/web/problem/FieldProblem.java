package dev.grace.adapter.in.web.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;

/** One broken rule of a request: the field's dotted path (e.g. {@code data.check_in}) and what to fix. */
@JsonPropertyOrder({"field", "message"})
@Schema(name = "FieldError")
public record FieldProblem(@JsonProperty("field") String field, @JsonProperty("message") String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
