package dev.grace.adapter.in.web.webhook;

import java.util.Objects;

/** A delivery failed the signature check; the detail says what to fix and never what was expected. */
public final class SignatureRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final SignatureFailure failure;

    public SignatureRejectedException(SignatureFailure failure, String detail) {
        super(detail, null, false, false);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public SignatureFailure failure() {
        return failure;
    }
}
