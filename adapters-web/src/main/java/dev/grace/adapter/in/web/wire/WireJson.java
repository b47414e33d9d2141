package dev.grace.adapter.in.web.wire;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter's own JSON mapper. It is deliberately not the application's shared mapper bean: the bytes
 * Grace sends (and stores for idempotent replays) must not change when someone tunes Boot's Jackson settings.
 */
public final class WireJson {
    private final JsonMapper mapper = JsonMapper.builder()
            // A body with a repeated key means two senders' views of one event: refuse it instead of picking one.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Prices are read exactly; a double would turn 0.1 into 0.1000000000000000055...
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    /** Parses one JSON document; throws Jackson's exception for anything that is not exactly one. */
    public JsonNode readTree(String json) {
        return mapper.readTree(json);
    }

    public byte[] write(Object value) {
        return mapper.writeValueAsBytes(value);
    }
}
