package dev.grace.adapter.in.web.webhook;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook delivery whose body was read within the cap and whose signature matched. Only the signature
 * filter creates one; the controller refuses to work without it.
 *
 * @param body the raw body bytes as received, which the signature covered
 */
public record VerifiedDelivery(byte[] body, Verification verification) {
    private static final String ATTRIBUTE = VerifiedDelivery.class.getName();

    public VerifiedDelivery {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(verification, "verification");
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static Optional<VerifiedDelivery> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof VerifiedDelivery delivery
                ? Optional.of(delivery) : Optional.empty();
    }

    @Override
    public String toString() {
        return "VerifiedDelivery[" + body.length + " bytes, " + verification.scheme() + "]";
    }
}
