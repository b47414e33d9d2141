package dev.grace.adapter.in.web.webhook;

import java.util.Objects;
import java.util.Optional;

/**
 * A delivery that passed the signature check.
 *
 * @param webhookId the {@code webhook-id} header (as raw bytes read as ISO-8859-1) for the Standard Webhooks
 *     scheme; empty for the seed scheme, whose event id is in the body
 */
public record Verification(SignatureScheme scheme, Optional<String> webhookId) {
    public Verification {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(webhookId, "webhookId");
    }
}
