package dev.grace.adapter.in.web.wire;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Successful JSON answers rendered by {@link WireJson}, not by the framework's converter, so that every
 * byte Grace sends follows this adapter's rules (snake_case, explicit nulls) whatever the application's
 * Jackson settings are.
 */
public final class JsonResponses {
    private final WireJson json;

    public JsonResponses(WireJson json) {
        this.json = json;
    }

    public ResponseEntity<byte[]> status(int status, Object body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json.write(body));
    }

    public ResponseEntity<byte[]> ok(Object body) {
        return status(200, body);
    }
}
