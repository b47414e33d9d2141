package dev.grace.adapter.in.web.webhook;

/** The two accepted ways of signing a delivery. */
public enum SignatureScheme {
    /** {@code X-Timestamp} + {@code X-Signature}: hex HMAC-SHA256 over timestamp followed by body. */
    SEED,
    /** standardwebhooks.com: {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}. */
    STANDARD_WEBHOOKS
}
