package dev.grace.adapter.in.web.webhook;

import java.util.Locale;

/** Why a delivery was not accepted as signed (401), in the order the checks run. */
public enum SignatureFailure {
    MISSING_SIGNATURE,
    INVALID_TIMESTAMP,
    TIMESTAMP_OUT_OF_TOLERANCE,
    INVALID_SIGNATURE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
