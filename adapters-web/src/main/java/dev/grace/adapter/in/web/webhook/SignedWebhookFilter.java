package dev.grace.adapter.in.web.webhook;

import dev.grace.adapter.in.web.problem.Problem;
import dev.grace.adapter.in.web.problem.ProblemRenderer;
import dev.grace.adapter.in.web.problem.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Guards {@code POST /webhooks} before anything else touches the request: reads the raw body once with a
 * hard cap (413 without reading past it, whatever {@code Content-Length} says and also when chunked), then
 * checks the signature (401). Only a verified delivery goes on down the chain, carrying its body bytes.
 */
public final class SignedWebhookFilter extends OncePerRequestFilter {
    public static final String PATH = "/webhooks";

    private static final Logger log = LoggerFactory.getLogger(SignedWebhookFilter.class);
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final SignatureVerifier verifier;
    private final int maxBodyBytes;
    private final ProblemRenderer problems;

    public SignedWebhookFilter(SignatureVerifier verifier, WebhookSettings settings, ProblemRenderer problems) {
        this.verifier = verifier;
        this.maxBodyBytes = settings.maxBodyBytes();
        this.problems = problems;
    }

    /**
     * Decided on the path Spring MVC will route by (decoded, without {@code ;} parameters), so that no
     * spelling of the path reaches the webhook controller unguarded.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !PATH.equals(PATHS.getLookupPathForRequest(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RequestIds.of(request);
        if (request.getContentLengthLong() > maxBodyBytes) {
            tooLarge(response, requestId);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        if (body.length > maxBodyBytes) {
            tooLarge(response, requestId);
            return;
        }
        Verification verification;
        try {
            verification = verifier.verify(new ServletHeaders(request), body);
        } catch (SignatureRejectedException rejected) {
            log.info("Webhook refused: {}", rejected.failure().wire());
            problems.write(response, Problem.of(401, rejected.failure().wire(), rejected.getMessage()), requestId);
            return;
        }
        new VerifiedDelivery(body, verification).attachTo(request);
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletResponse response, String requestId) throws IOException {
        log.info("Webhook refused: payload_too_large");
        // The rest of the body is never read; closing the connection saves the client from sending it.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        problems.write(response, Problem.of(413, "payload_too_large",
                "The body is larger than " + maxBodyBytes + " bytes."), requestId);
    }

    private record ServletHeaders(HttpServletRequest request) implements SignedHeaders {
        @Override
        public List<String> values(String name) {
            return Collections.list(request.getHeaders(name));
        }

        @Override
        public List<String> names() {
            return Collections.list(request.getHeaderNames());
        }
    }
}
