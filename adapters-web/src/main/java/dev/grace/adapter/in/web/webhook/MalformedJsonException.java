package dev.grace.adapter.in.web.webhook;

/** The body is not one well-formed UTF-8 JSON document without duplicate keys (400 {@code malformed_json}). */
public final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String detail) {
        super(detail, null, false, false);
    }
}
