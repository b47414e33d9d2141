package dev.grace.application.port.in;

import java.util.Arrays;
import java.util.Objects;

/**
 * The answer a sender got for an event, kept so a redelivery gets it again byte for byte.
 *
 * @param status the status the sender saw (HTTP status for the web adapter)
 * @param body the exact body bytes
 */
public record RecordedResponse(int status, byte[] body) {
    public RecordedResponse {
        Objects.requireNonNull(body, "body");
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedResponse that && status == that.status && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * status + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "RecordedResponse[status=" + status + ", " + body.length + " bytes]";
    }
}
